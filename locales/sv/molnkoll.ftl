# molnkoll: programmets egna texter (gränssnitt, kommandorad, fel).
# Frågeformulärets texter finns i questionnaire.ftl.

## Kommandoraden

cli-about = Vägleder socialtjänsten genom bedömningen av en molntjänst, fråga för fråga.
cli-cmd-new = Skapa en ny bedömningsfil, skriv ut dess sökväg och avsluta
cli-cmd-validate = Kontrollera frågeformuläret FIL (NAMN.ron, med texterna i NAMN.sv.ftl och NAMN.en.ftl bredvid; standard: det inbyggda)
cli-cmd-show = Skriv ut en rad per givet svar (för git diff)
cli-cmd-list = Lista bedömningarna i datamappen, med hur långt de kommit
cli-arg-lang = Språk: sv eller en (annars från LANG)
cli-arg-questionnaire = Använd ett annat frågeformulär än det inbyggda
cli-arg-data-dir = Mappen där bedömningar sparas
cli-arg-projector = Projektorläge: stor text, hög kontrast
cli-arg-file = Bedömningsfilen (NAMN.molnkoll.ron)
cli-arg-title = Bedömningens titel

default-title = Ny bedömning

list-empty = Inga bedömningar i { $dir }.
list-row = { $title }  { $answered }/{ $visible } besvarade  { $high } höga  ändrad { $changed }  { $path }

validate-summary = { $count ->
    [0] { $file }: inga problem.
    [one] { $file }: ett problem.
   *[other] { $file }: { $count } problem.
}

warning-stale-content = Varning: innehållet kontrollerades senast { $date }, för mer än ett år sedan. Lagar, adekvansbeslut och IMY:s förteckning kan ha ändrats.

## Svarsstatus

state-settled = ingen markering
state-follow-up = följ upp
state-ask-supplier = fråga leverantören
state-disputed = oenighet

## Fel

error-unexpected = ett oväntat fel inträffade: { $detail }
error-read = kunde inte läsa { $path }: { $reason }
error-not-utf8 = { $path } är inte en textfil i UTF-8. Filen har inte ändrats.
error-empty-file = { $path } är tom; en fil av typen { $expected } väntades. Filen har inte ändrats.
error-foreign-file = { $path } är en { $found }, inte en { $expected }. Kontrollera att du angav rätt fil; den har inte ändrats.
error-truncated-file = { $path } tar slut mitt i: filen verkar avkortad. Återställ den från git eller en säkerhetskopia; den har inte ändrats.
error-ron-syntax = filen går inte att läsa ({ $detail }). Rätta raden eller återställ filen från git; den har inte ändrats.
error-newer-format = { $path } är skriven av en nyare version av molnkoll (format { $format }; den här versionen kan format { $supported }). Uppdatera molnkoll; filen har inte ändrats.
error-save = kunde inte spara { $path }: { $reason }
error-exists = { $path } finns redan; välj ett annat namn eller öppna filen.
error-lock = kunde inte låsa { $path }: { $reason }. Kontrollera att du får skriva i mappen, eller kopiera bedömningen till en egen mapp.
error-locked = { $path } är redan öppen i en annan molnkoll (process { $pid } på datorn { $host }). Avsluta den först.
error-no-data-dir = hittade ingen datamapp för användaren; ange en med --data-dir eller MOLNKOLL_DATA_DIR.

## Validering av frågeformulär

validate-bad-id = id "{ $id }" är ogiltigt: använd små bokstäver a-z, siffror och enkla bindestreck, med en bokstav först.
validate-duplicate-id = id "{ $id }" finns redan (först vid { $first }).
validate-bad-date = content_as_of "{ $value }" är inget datum; skriv ÅÅÅÅ-MM-DD.
validate-no-sections = frågeformuläret har inga avsnitt.
validate-empty-section = avsnittet "{ $id }" har inga frågor.
validate-no-options = frågan "{ $id }" har inga svarsalternativ.
validate-duplicate-option = frågan "{ $question }" har alternativet "{ $option }" två gånger.
validate-unknown-option = frågan "{ $question }" har inget alternativ "{ $option }".
validate-bad-level-range = frågan "{ $id }" har en ogiltig nivåskala (lägst får inte vara över högst, högst 9).
validate-bad-text-limit = frågan "{ $id }" måste tillåta minst ett tecken.
validate-bad-number-range = frågan "{ $id }" har ett minsta värde över det största.
validate-level-out-of-range = nivå { $level } ligger utanför skalan för frågan "{ $question }".
validate-wrong-kind = villkoret gäller frågor av typen { $expected }, vilket "{ $question }" inte är; för den här frågan skriv t.ex. { $form }.
validate-empty-condition = All([]) eller Any([]) utan villkor.
validate-bad-at-least = AtLeast({ $n }, ...) med { $count } villkor: n måste vara mellan 1 och antalet villkor.
validate-unknown-question = det finns ingen fråga "{ $id }".
validate-forward-reference = visningsvillkoret för "{ $question }" hänvisar till "{ $id }", som inte kommer före den. Ett villkor får bara bygga på tidigare frågor.
validate-bad-format = formatet { $format } är okänt: den här versionen läser frågeformulär i format 1 och 2.
validate-needs-format-2 = { $construct } hör till format 2: lägg till `format: 2,` överst i frågeformuläret (villkor läses då med trevärd logik, se docs/questionnaire-format.md).
validate-nested-group = den upprepade gruppen "{ $id }" ligger i en annan grupp: grupper kan inte nästlas.
validate-empty-group = den upprepade gruppen "{ $id }" har inga frågor.
validate-not-a-group = "{ $id }" är ingen upprepad grupp (en fråga av slaget Group).
validate-bad-max = Max("{ $group }", "{ $question }"): frågan måste vara en nivå- eller talfråga i den gruppen.
validate-rename-in-use = "{ $id }" är omdöpt men används fortfarande: det gamla id:t i en omdöpning får inte finnas kvar.
validate-not-applicable-not-allowed = frågan "{ $question }" tillåter inte "ej tillämpligt": lägg till `not_applicable: true` på frågan, eller pröva ett annat svar.
validate-outside-group = "{ $id }" ställs en gång per post i gruppen "{ $group }": nämn den inuti AnyItem("{ $group }", ...) eller EveryItem("{ $group }", ...), eller från en fråga i den gruppen.
validate-unknown-condition = det finns inget namngivet villkor "{ $name }" i `conditions`.
validate-named-cycle = det namngivna villkoret "{ $name }" hänvisar tillbaka till sig självt: { $path }.
validate-named-outside-group = det namngivna villkoret "{ $name }" nämner "{ $id }" i gruppen "{ $group }" men används utanför gruppen: använd det inuti AnyItem("{ $group }", ...) eller EveryItem("{ $group }", ...).
validate-named-forward-reference = villkoret (show_if) för "{ $question }" använder det namngivna villkoret "{ $name }", som nämner "{ $id }": den kommer inte före. Ett villkor får bara bygga på tidigare frågor.
validate-ftl-syntax = fel i Fluent-filen: { $detail }
validate-missing-text = texten "{ $id }" saknas på { $lang } i { $file }.

## Intervjun

answer-yes = Ja
answer-no = Nej
answer-unknown = Vet ej än
item-answer-label = { $item }: { $question }
item-label = { $kind } ”{ $item }”
answer-not-applicable = Ej tillämpligt

ui-position = { $section-number } { $section } · fråga { $number } av { $count }
ui-question-of = Fråga { $number } av { $count }
ui-note = Anteckning
ui-no-note = (ingen anteckning; e för att skriva)
ui-state = Status
ui-no-answer-typed = (inget svar ännu; Enter för att skriva)
ui-text-limit = högst { $max } tecken
ui-editing-answer = Svar (Enter sparar, Esc avbryter)
ui-editing-note = Anteckning (Esc eller Ctrl+S sparar, Enter ny rad)
ui-findings = Iakttagelser:
ui-findings-title = Iakttagelser just nu
ui-no-findings = Inga iakttagelser ännu.
ui-action = Åtgärd:
ui-saved = ✓ sparat
ui-saving = … sparar
ui-save-failed = ✗ EJ SPARAT
ui-too-small = Fönstret är för litet. Gör det minst { $width } × { $height } tecken stort.

ui-keys-yes-no = y ja  n nej  u vet ej än
ui-keys-choice = 1-9 välj  ↑↓ ␣ markera
ui-keys-multi = 1-9 ␣ kryssa i/ur
ui-keys-level = siffra = nivå  ↑↓ ␣ markera
ui-keys-typed = Enter skriv svar
ui-keys-typed-editing = Enter spara  Esc avbryt
ui-keys-note = Esc spara anteckningen  Enter ny rad
ui-keys-common = ←/→ bläddra  e anteckning  s status  Tab översikt  f iakttagelser  ? hjälp  q avsluta
ui-keys-overview = ↑↓ välj fråga  Enter gå dit  Tab/Esc stäng
ui-keys-title = Enter skapa bedömningen  Esc avbryt

ui-overview-title = Översikt
ui-hidden = ställs inte
ui-hidden-kept = ställs inte nu, svaret sparas

ui-help-title = Tangenter
ui-help-yes-no = ja, nej, vet ej än
ui-help-digits = välj alternativ eller nivå
ui-help-space = markera det markerade alternativet (kryssa i flerval)
ui-help-cursor = flytta markeringen bland alternativen
ui-help-enter = bekräfta och gå vidare
ui-help-move = föregående / nästa fråga
ui-help-overview = översikt över avsnitt och frågor
ui-help-note = skriv gruppens anteckning (beslut, motivering)
ui-help-typed = skriv svaret på en textfråga
ui-help-state = byt status: följ upp, fråga leverantören, oenighet
ui-help-clear = ta bort svaret (anteckningen finns kvar)
ui-help-findings = visa iakttagelserna och vad de bygger på
ui-help-text = visa eller dölj hjälptexten
ui-help-jump = hoppa till en fråga (nummer eller sökord)
ui-help-projector = projektorläge av/på
ui-help-help = den här hjälpen
ui-help-quit = avsluta (allt är redan sparat)

ui-jump-title = Hoppa till fråga
ui-jump-prompt = Nummer eller sökord (Enter går till första träffen)

ui-confirm-quit-title = Svaren är inte sparade
ui-confirm-quit-lead = Den senaste ändringen kunde inte sparas.
ui-confirm-quit = Tryck q igen för att avsluta ändå (de osparade ändringarna går förlorade) eller Esc för att stanna kvar och försöka igen.

ui-new-title = Ny bedömning
ui-new-prompt = Vad ska bedömningen heta? Skriv till exempel tjänstens och leverantörens namn.
ui-title = Titel

notice-title-required = Skriv en titel först.
notice-text-too-long = Svaret får vara högst { $max } tecken (nu { $count }).
notice-not-a-number = "{ $value }" är inget heltal.
notice-number-out-of-range = { $value } ligger utanför det tillåtna intervallet { $range }.
notice-not-a-date = "{ $value }" är inget datum; skriv ÅÅÅÅ-MM-DD.
notice-not-typed = Den här frågan besvaras med tangenterna, inte med text.
notice-question-hidden = Frågan ställs inte med de svar som getts nu.

error-wrong-questionnaire = { $path } hör till frågeformuläret "{ $found }", inte "{ $expected }". Ange rätt formulär med --questionnaire; filen har inte ändrats.
cli-cmd-open = Öppna intervjun på en bedömningsfil

## Rapporten

report-subtitle = Bedömning av en molntjänst inom socialtjänsten
report-summary = Sammanfattning
report-progress = Besvarade frågor: { $answered } av { $visible }.
report-finding-counts = Iakttagelser: allvarliga { $high }, varningar { $warning }, för kännedom { $info }.
report-supplier-count = Frågor till leverantören: { $count }.
report-findings = Iakttagelser
report-no-findings = Inga iakttagelser med de svar som getts.
report-severity-high = Allvarlig
report-severity-warning = Varning
report-severity-info = För kännedom
report-action = Åtgärd:
report-reasons = Bygger på svaren:
report-action-plan = Åtgärdsplan
report-no-actions = Inga åtgärder.
report-col-action = Åtgärd
report-col-finding = Iakttagelse
report-col-owner = Ansvarig
report-col-due = Klart senast
report-supplier = Frågor till leverantören
report-none = Inga.
report-answers = Svaren, avsnitt för avsnitt
report-answer = Svar
report-unanswered = obesvarad
report-state = Status
report-note = Anteckning
report-reference = Referens
report-unanswered-heading = Obesvarade frågor
report-flagged-heading = Att följa upp och oenigheter
report-not-applicable-heading = Ej tillämpligt
report-orphans-heading = Svar på frågor som inte längre finns
report-orphans-explanation = Frågeformuläret har ändrats sedan de här svaren gavs. Svaren är sparade men ingår inte i bedömningen.
report-references = Rättsliga referenser och källor
report-footer = Exporterad med molnkoll { $version }, frågeformulär { $questionnaire } version { $questionnaire-version }, innehållet kontrollerat { $content-date }.
report-footer-commit = Exporterad med molnkoll { $version }, frågeformulär { $questionnaire } version { $questionnaire-version }, innehållet kontrollerat { $content-date }, från git-commit { $commit }.
cli-cmd-export = Skriv bedömningen som en rapport i Markdown (standard: till standard ut)
cli-arg-output = Skriv rapporten till den här filen
export-written = Rapporten skrevs till { $path }.

ui-conflict = ⚠ Olika svar i två grenar: vårt { $ours }, deras { $theirs }. Svara på nytt för att avgöra.
ui-reconfirm = ⟳ Frågan har ändrats sedan svaret gavs. Kontrollera svaret och bekräfta med Enter.
ui-no-value = inget svar

## diff, merge, check

diff-none = Inga skillnader.
diff-title = Titel
diff-answer = svar
diff-state = status
diff-note = anteckning
diff-no-value = inget svar
diff-findings-appeared = Iakttagelser som tillkommit:
diff-findings-gone = Iakttagelser som försvunnit:
cli-cmd-diff = Visa vad som ändrats mellan två bedömningar, fråga för fråga
cli-arg-git = Jämför FIL med versionen i git-revisionen REV (diff --git REV FIL)
cli-cmd-merge = Trevägssammanslagning av bedömningar (git merge-drivrutin); resultatet skrivs till VÅR
cli-cmd-check = Kontrollera bedömningar utan att öppna dem: öppna frågor, iakttagelser utan ansvarig, motsägelser, gammalt innehåll, personnummer
merge-conflicts = { $count ->
    [one] En konflikt måste avgöras i molnkoll: { $ids }
   *[other] { $count } konflikter måste avgöras i molnkoll: { $ids }
}
error-merge-questionnaires = bedömningarna hör till olika frågeformulär ("{ $ours }" och "{ $theirs }") och kan inte slås samman.
error-git = git kunde inte ta fram { $path } i { $rev }: { $reason }
check-unanswered = obesvarad: { $question } [{ $id }]
check-no-owner = allvarlig iakttagelse utan ansvarig: { $finding } [{ $id }]
check-contradiction = motsägelse: { $text } [{ $reasons }]
check-reconfirm = frågan har ändrats sedan svaret gavs, bekräfta svaret: { $question } [{ $id }]
check-conflict = olika svar i två grenar, ännu inte avgjort: { $question } [{ $id }]
check-summary = { $count ->
    [0] { $file }: inget att åtgärda.
    [one] { $file }: en sak att åtgärda.
   *[other] { $file }: { $count } saker att åtgärda.
}
cli-diff-usage = ange två filer (GAMMAL NY), eller --git REV och en fil
cli-arg-files = Bedömningsfilerna
cli-arg-base = Den gemensamma förfadern (git: %O)
cli-arg-ours = Vår version; resultatet skrivs hit (git: %A)
cli-arg-theirs = Deras version (git: %B)
ui-help-export = skriv rapporten, leverantörens frågor och åtgärdsplanen bredvid filen
error-export-unsaved = bedömningen är inte sparad än; svara på en fråga först.
ui-owner = Ansvarig:
ui-due = Klart senast:
ui-not-set = (inte satt)
ui-owner-prompt = Vem ansvarar för åtgärden? (Enter sparar, Esc avbryter)
ui-due-prompt = Klart senast, ÅÅÅÅ-MM-DD (Enter sparar, Esc avbryter)
ui-keys-findings = ↑↓ välj iakttagelse  o ansvarig  d klart senast  f/Esc stäng
check-text-too-long = svaret är längre än { $max } tecken: { $question } [{ $id }]
error-no-terminal = intervjun behöver en terminal; utdata går inte till en. Använd show, export eller check i skript.
error-terminal = terminalen kunde inte förberedas: { $reason }
notice-personal-number = { $count ->
    [one] Texten ser ut att innehålla ett personnummer ({ $numbers }).
   *[other] Texten ser ut att innehålla personnummer ({ $numbers }).
} Ta bort det, eller spara igen för att bekräfta att det ska stå kvar.
check-personal-number = personnummer i texten ({ $place }): { $numbers }

## An interview a room can trust (issue 13)
info-undone = Ångrat: ändringen av fråga { $number } (Ctrl+Y gör om).
info-redone = Gjort om: ändringen av fråga { $number }.
ui-keys-yes-no-13 = j ja  n nej  v vet ej än
ui-keys-choice-13 = 1-9 välj  v vet ej än  ↑↓␣ markera
ui-keys-multi-13 = 1-9 ␣ kryssa i/ur  v vet ej än
ui-keys-level-13 = siffra = nivå  v vet ej än  ↑↓ ␣
ui-keys-typed-13 = skriv = svar  F2 ändra  Del rensa
ui-keys-typed-editing-13 = Enter spara, nästa  Esc spara, stanna  Ctrl+Z ångra
ui-keys-note-13 = Esc spara och stäng  Enter ny rad  Ctrl+Z ångra
ui-keys-common-13 = Tab översikt  f iakttagelser  Enter nästa  ←/→ bläddra  e anteckning  s status  Ctrl+Z ångra  ? alla tangenter  q avsluta
ui-keys-common-typed-13 = Tab översikt  Ctrl+F iakttagelser  Enter nästa  ←/→ bläddra  Ctrl+E anteckning  Ctrl+T status  Ctrl+Z ångra  F1 alla tangenter  Ctrl+Q avsluta
ui-keys-overview-13 = ↑↓ välj  Enter gå dit  s sammanfattning  Tab/Esc stäng
ui-keys-findings-13 = ↑↓ välj  o ansvarig  d klart senast  Ctrl+Z ångra  Esc stäng
ui-keys-summary-13 = ↑↓ välj  o ansvarig  d klart senast  x rapport  Tab översikt  Esc tillbaka
ui-keys-title-13 = Enter eller Esc skapar bedömningen  Ctrl+C avbryt
ui-owner-prompt-13 = Vem ansvarar för åtgärden? (Enter eller Esc sparar)
ui-due-prompt-13 = Klart senast, ÅÅÅÅ-MM-DD (Enter eller Esc sparar)
ui-editing-answer-13 = Svar (Enter sparar och går vidare, Esc sparar)
ui-editing-note-13 = Anteckning (Esc sparar, Enter ny rad)
ui-no-answer-typed-13 = (inget svar ännu: skriv för att svara)
ui-no-note-13 = (ingen anteckning)
ui-progress = { $answered } besvarade · { $unknown } vet ej än{ $na ->
    [0] {""}
   *[other] {" "}· { $na } ej tillämpliga
} av { $total }
ui-total = { $total } frågor{ $follow ->
    [0] {""}
    [one] , varav en följdfråga
   *[other] , varav { $follow } följdfrågor
}
ui-position-13 = { $section-number } { $section } · fråga { $number } av { $count }
ui-projector-findings = Iakttagelser: ▲ { $high } höga · ● { $warning } varningar · i { $info } info
ui-projector-state = Status:
ui-summary-title = Sammanfattning
ui-summary-lead = Detta återstår innan bedömningen är klar. Allt är sparat.
ui-summary-unanswered = Obesvarade
ui-summary-unknown = Vet ej än
ui-summary-disputed = Oenighet
ui-summary-open = Följ upp eller fråga leverantören
ui-summary-changed = Ändrade sedan de besvarades (bekräfta igen)
ui-summary-high = Höga iakttagelser
ui-summary-no-owner = ingen ansvarig
ui-summary-none = inga
ui-summary-export = Rapporten: x skriver den bredvid bedömningsfilen.
ui-more = ↓ mer
ui-help-keys-13 = Tangenter
ui-help-legend = Tecken
ui-help-yes-no-13 = ja, nej, vet ej än (j n v eller y n u)
ui-help-enter-13 = gå vidare; ger aldrig ett svar (en obesvarad fråga hoppas över)
ui-help-typing = text-, tal- och datumfrågor: skriv direkt, varje tecken skrivs; F2 ändrar svaret
ui-help-esc = i en textruta: sparar det skrivna och stänger (samma i alla rutor)
ui-help-clear-13 = ta bort svaret (anteckningen finns kvar; Ctrl+Z ångrar)
ui-help-undo = ångra / gör om varje ändring sedan intervjun öppnades
ui-help-ctrl = på textfrågor: Ctrl+E anteckning, Ctrl+T status, Ctrl+F iakttagelser, Ctrl+G hoppa, Ctrl+P projektor, Ctrl+Q avsluta
ui-help-summary = sammanfattningen (i översikten; visas också efter sista frågan)
ui-legend-high = hög iakttagelse
ui-legend-warning = varning
ui-legend-info = information
ui-legend-answered = besvarad
ui-legend-unknown = vet ej än
ui-legend-unanswered = obesvarad
ui-legend-follow-up = följ upp
ui-legend-ask = fråga leverantören
ui-legend-disputed = oenighet
ui-legend-hidden = ställs inte (följer av tidigare svar)
ui-legend-chosen = valt alternativ / ikryssat
ui-legend-cursor = markeringen (␣ väljer den)
ui-key-yes = j
ui-key-no = n
ui-key-unknown = v
cli-arg-theme = Bakgrund: light (ljus) eller dark (mörk); annars frågas terminalen
ui-more-help = ? visar hela hjälptexten
ui-help-scroll = ↑↓ bläddrar, andra tangenter stänger

## Upprepade grupper och "ej tillämpligt"
notice-item-name-required = En post behöver ett namn: inget lades till.
notice-not-applicable-not-allowed = Den här frågan kan inte besvaras "ej tillämpligt".
notice-choose-again = Svaret anger ett alternativ som frågan inte längre har: välj igen.
info-item-removed = Borttagen, med sina svar. Ctrl+Z tar tillbaka den.
ui-editing-item-name = Namn · Enter sparar · Esc sparar också
ui-group-empty = Ingen { $kind } ännu.
ui-group-keys = a lägg till { $kind } · r byt namn · d ta bort · ↑ ↓ välj · → dess frågor
ui-confirm-remove-item = Ta bort ”{ $item }” och alla dess svar? j ja · annan tangent behåller den
ui-keys-item-name = Enter spara namnet  Esc sparar också
ui-keys-group = a lägg till  r byt namn  d ta bort  ↑↓ välj  → frågorna

## Validation of questionnaire texts

# For `validate --help`, once the command line looks up cli-arg-SUBCOMMAND-ARG first.
cli-arg-validate-file = Frågeformuläret: NAMN.ron, med texterna i NAMN.sv.ftl och NAMN.en.ftl bredvid (standard: det inbyggda)
validate-ftl-unknown-message = texten hänvisar till meddelandet "{ $id }", som inte finns, så den skulle visas som "{"{"} { $id } {"}"}".
validate-ftl-unknown-term = texten hänvisar till termen "{ $id }", som inte finns, så den skulle visas som "{"{"} { $id } {"}"}".
validate-ftl-unknown-message-near = texten hänvisar till meddelandet "{ $id }", som inte finns; menade du "{ $suggestion }"?
validate-ftl-unknown-term-near = texten hänvisar till termen "{ $id }", som inte finns; menade du "{ $suggestion }"?
validate-ftl-unknown-attribute = texten hänvisar till "{ $id }.{ $attribute }", men "{ $id }" har inget attribut "{ $attribute }".
validate-ftl-variable = texten använder variabeln "${ $id }", men frågeformulärets texter får inga variabler: den skulle visas som den står. Skriv ut texten.
validate-ftl-unknown-function = texten anropar funktionen "{ $id }", men inga funktioner finns för frågeformulärets texter.
validate-ftl-duplicate = "{ $id }" definieras en andra gång (först vid { $first }); bara den sista gäller. Ta bort den ena.
validate-ftl-missing-file = texterna på { $lang } saknas: { $questionnaire } väntar sig dem i { $file }, bredvid sig.
validate-ftl-no-messages = { $file } innehåller inga meddelanden, så alla texter på { $lang } saknas.
validate-control-character = styrtecknet { $code } i texten: ta bort det (det skulle förvanska terminalen).
validate-unknown-question-near = det finns ingen fråga "{ $id }"; menade du "{ $suggestion }"?
validate-unknown-option-near = frågan "{ $question }" har inget alternativ "{ $option }"; menade du "{ $suggestion }"?
validate-unused-text = texten "{ $id }" används inte av något i frågeformuläret.
validate-unused-text-near = texten "{ $id }" används inte av något i frågeformuläret; menade du "{ $suggestion }"?
validate-ftl-program-id = "{ $id }" är id för en av programmets egna texter, som den här texten skulle ersätta: ge avsnittet, frågan eller alternativet ett annat id.
validate-warning = varning: { $text }
ui-pending-heading = Kan tillkomma när de här frågorna besvaras:
ui-pending-open = {"  "}väntar på: { $questions }{ $more ->
        [0] {""}
       *[other] {" "}och { $more } till
    }

## Where officers work: Windows, a fully Swedish command line, a binary to hand out

error-save-held = kunde inte spara { $path }: ett annat program (kanske ett antivirusprogram eller OneDrive) håller filen öppen, också efter { $attempts } försök. Vänta en stund eller stäng det programmet och spara igen; inget av det som sparats tidigare har gått förlorat.

# clap's own texts: headings, placeholders and usage errors.
cli-heading-usage = Användning:
cli-heading-commands = Kommandon
cli-heading-options = Flaggor
cli-heading-arguments = Indata
cli-value-command = KOMMANDO
cli-value-options = [FLAGGOR]
cli-value-file = FIL
cli-value-files = FIL
cli-value-title = TITEL
cli-value-output = UT
cli-value-git = REV
cli-value-base = BAS
cli-value-ours = VÅR
cli-value-theirs = DERAS
cli-value-lang = SPRÅK
cli-value-questionnaire = SÖKVÄG
cli-value-data-dir = MAPP
cli-value-shell = SKAL
cli-value-theme = TEMA
cli-arg-help = Visa den här hjälpen
cli-arg-version = Visa versionen
cli-arg-shell = Skalet: bash, zsh, fish eller powershell
cli-cmd-completions = Skriv ut komplettering av kommandoraden för ett skal
cli-env = [miljövariabel: { $name }]
cli-error-more = Mer hjälp: { $command } --help
cli-error-suggestion = (menade du { $suggestion }?)
cli-error-unknown-argument = okänd flagga eller överflödigt värde: { $arg }
cli-error-unknown-command = okänt kommando: { $command }
cli-error-invalid-value = { $value } går inte som värde för { $arg }; välj bland { $valid }
cli-error-missing-argument = det saknas: { $arg }
cli-error-missing-command = ange ett kommando
cli-error-wrong-number = fel antal värden för { $arg }
cli-error-conflict = { $arg } går inte att kombinera med { $other }
cli-error-no-equals = { $arg } behöver sitt värde efter ett likhetstecken (=)
cli-error-invalid-utf8 = kommandoraden innehåller tecken som inte är giltig UTF-8
cli-error-usage = kommandoraden gick inte att tolka

## Safe with others: concurrent writers, git, symlinks, hostile files, and the personal-number guard
error-symlink = { $path } är en symbolisk länk (till { $target }); molnkoll skriver aldrig genom en länk. Öppna filen den pekar på i stället.
error-not-a-file = { $path } är ingen vanlig fil; ange en bedömningsfil.
error-read-only = { $path } är skrivskyddad, så molnkoll låter den vara. Gör den skrivbar (chmod u+w) om den ska ändras.
error-too-large = { $path } är större än { $limit } MB, mycket mer än någon bedömning; den har inte lästs eller ändrats. Kontrollera att du angav rätt fil.
error-not-a-folder = { $path } finns men är ingen mapp; ange en mapp med --data-dir eller MOLNKOLL_DATA_DIR.
error-create-folder = kunde inte skapa mappen { $path }: { $reason }. Ange en mapp du får skriva i med --data-dir.
error-lock-unsafe = { $path } är ingen låsfil som molnkoll har skapat (den är en länk eller tillhör någon annan); den har inte rörts. Ta bort den och öppna bedömningen igen.
error-output-is-assessment = { $path } är en bedömning (eller filen som exporteras); rapporten skrivs inte över den. Ange en annan utfil, till exempel en som slutar på .md.
error-duplicate-key = { $path } innehåller svaret "{ $key }" två gånger; ett av dem skulle gå förlorat. Behåll det rätta och ta bort det andra, och öppna sedan filen igen.
error-too-deep = { $path } är nästlad mycket djupare än någon bedömning; den är ingen bedömning eller är skadad. Återställ den från git; den har inte ändrats.
error-not-an-assessment = { $path } är ingen bedömningsfil (den börjar inte med Assessment). Kontrollera att du angav rätt fil; den har inte ändrats.
check-misfit = svaret passar inte frågan (fel slag, okänt alternativ eller utanför intervallet): svara igen: { $question } [{ $id }]
check-newer-questionnaire = bedömningen gjordes med version { $found } av frågeformuläret, nyare än det här ({ $known }); uppdatera molnkoll eller ange det nyare formuläret med --questionnaire.
check-note-too-long = texten är längre än { $max } tecken ({ $place }); korta den.
merge-side-base = den gemensamma förfadern
merge-side-ours = vår version (den aktuella grenen)
merge-side-theirs = deras version (grenen som slås ihop)
error-merge-side = sammanslagningen avbröts: { $side } går inte att läsa: { $reason } Filen behåller gits konflikttillstånd; rätta den versionen, eller ta en sida med git checkout --ours eller --theirs.
error-merge-side-at = sammanslagningen avbröts: { $side } går inte att läsa på rad { $line }, kolumn { $column }: { $reason } Filen behåller gits konflikttillstånd; rätta den versionen, eller ta en sida med git checkout --ours eller --theirs.
check-title-conflict = två grenar gav olika titlar, inte avgjort än: "{ $ours }" eller "{ $theirs }"
check-action-conflict = två grenar ändrade ansvarig eller datum olika, inte avgjort än: { $finding } [{ $id }]
error-title-personal-number = titeln ser ut att innehålla ett personnummer ({ $numbers }); en bedömnings titel hamnar i filnamnet, i listor och i git. Ange en titel utan det.
notice-merged-in = { $count ->
    [one] Filen ändrades på annat håll medan den var öppen (git, ett annat verktyg); ändringen fogades in: { $ids }.
   *[other] Filen ändrades på annat håll medan den var öppen (git, ett annat verktyg); { $count } ändringar fogades in: { $ids }.
} { $conflicts ->
    [0] Inget gick förlorat.
   *[other] Där båda ändrat samma sak finns båda versionerna kvar för gruppen att avgöra (molnkoll check listar dem).
}
error-changed-unreadable = { $path } ändrades på annat håll medan den var öppen och går inte längre att läsa (vid { $at }), så den skrivs inte över; alla svar finns kvar här. Laga filen (avsluta till exempel git-sammanslagningen) så sparas nästa ändring igen.
cli-arg-textconv = För git textconv: en version som inte går att läsa visas som "cannot be read: ORSAK" och sin råa text, slutkod 0
error-changed-unreadable-whole = { $path } ändrades på annat håll medan den var öppen och går inte längre att läsa, så den skrivs inte över; alla svar finns kvar här. Laga eller återställ filen så sparas nästa ändring igen.

start-title = Bedömningar
start-lead = Det finns flera bedömningar här. Välj en att fortsätta med, eller börja en ny.
start-keys = ↑↓ välj  Enter öppna  n ny bedömning  q avsluta
start-high = { $count ->
    [0] inga höga iakttagelser
    [one] ▲ en hög iakttagelse
   *[other] ▲ { $count } höga iakttagelser
}
start-unreadable = { $file }: kan inte läsas (se molnkoll check)
ui-help-not-applicable = ej tillämpligt, där frågan tillåter det
ui-help-group = på en upprepad grupps lista (informationsmängder, mottagare): lägg till, byt namn på, ta bort en post; → går till postens frågor
notice-item-name-taken = Det finns redan en post med det namnet: ge den ett namn som skiljer den från de andra.
validate-derived-in-test = "{ $id }" är ett härlett värde, inte en fråga: bara LevelAtLeast("{ $id }", n) och LevelAtMost("{ $id }", n) kan pröva det.
report-items = { $count ->
    [0] inga poster ännu
   *[other] { $count } st.: { $names }
}
ui-misfit = Svaret i filen ({ $value }) passar inte frågan: svara igen.
ui-action-conflict = {"  "}≠ två grenar satte olika: vår { $ours } · deras { $theirs }; o eller d avgör
notice-text-over-limit = Texten har { $count } tecken; högst { $max } får plats i bedömningen. Korta den.
warning-masked-number = Ett personnummer maskerades när programmet avslutades mitt i en varning ({ $ids }): se över de svaren.
ui-edit-title = Bedömningens titel
ui-edit-title-prompt = Skriv en ny titel. Enter eller Esc sparar den.
ui-title-conflict = Två grenar gav olika titlar: vår ”{ $ours }”, deras ”{ $theirs }”. Skriv den som ska gälla; Enter sparar och avgör.
ui-help-retitle = byt bedömningens titel (avgör också när två grenar gav olika titlar)
warning-title-conflict = Två grenar gav olika titlar: vår ”{ $ours }”, deras ”{ $theirs }”. Ctrl+R avgör.

## Riskmatrisen (frågeformulärets risk_matrix)
validate-bad-matrix-axis = risk_matrix: "{ $question }" måste vara en nivåfråga (Level) i gruppen "{ $group }".
validate-matrix-scales-differ = risk_matrix: "{ $before }" och "{ $after }" måste ha samma skala, före och efter åtgärder.

## Riskmatrisen i intervjun
ui-matrix-before = Före åtgärder
ui-matrix-after = Efter åtgärder
ui-matrix-consequence-short = K
ui-matrix-likelihood-short = S
ui-matrix-legend = S sannolikhet, K konsekvens · ▲ hög  ● medel  · låg · siffra = antal risker
ui-matrix-unplaced = { $count ->
    [one] en risk saknar sannolikhet eller konsekvens och syns inte i matrisen
   *[other] { $count } risker saknar sannolikhet eller konsekvens och syns inte i matrisen
}

## Riskmatrisen och kraven från klassningen i rapporten
report-risk-matrix = Riskmatris
report-risk-matrix-empty = Inga risker har fått både sannolikhet och konsekvens ännu.
report-risk-matrix-before = Före åtgärder
report-risk-matrix-after = Efter åtgärder
report-risk-matrix-corner = Konsekvens ↓ sannolikhet →
report-risk-matrix-unplaced = { $count ->
    [one] En risk saknar sannolikhet eller konsekvens och finns inte med i matrisen.
   *[other] { $count } risker saknar sannolikhet eller konsekvens och finns inte med i matrisen.
}
report-zone-high = hög
report-zone-medium = medel
report-zone-low = låg
report-requirements = Skyddsåtgärder som klassningen kräver
report-requirements-intro = Åtgärderna följer av informationsklassningen. Gruppens bedömning står i mitten; till höger står åtgärden formulerad som krav att ställa på leverantören.
report-col-measure = Åtgärd
report-col-fulfilment = Bedömning
report-col-requirement = Krav på leverantören

## --plain: the interview for screen readers, braille displays and scripts (issue 14)
cli-arg-plain = Intervjun som rader av text utan skärmstyrning: för skärmläsare, punktskriftsdisplayer och skript (svaren kan komma från en pipe)
plain-auto = Standard in eller ut är ingen terminal, så intervjun körs som rader av text (--plain).
plain-intro = molnkoll, intervjun som text. Skriv ? för alla kommandon och h för hjälptexten till en fråga. Varje svar sparas direkt.
plain-assessment = Bedömning: { $title }.
plain-section = Avsnitt { $number } av { $count }: { $title }
plain-position = Fråga { $number } av { $count }.
plain-option = { $key }: { $label }
plain-how-yes-no = Svara j för ja, n för nej eller v för vet ej än.
plain-how-choice = Svara med alternativets nummer, 1 till { $count }, eller v för vet ej än.
plain-how-multi = Flera kan väljas: skriv numren, 1 till { $count }, med mellanslag emellan, till exempel 1 3, eller v för vet ej än.
plain-how-level = Svara med nivåns siffra, { $min } till { $max }, eller v för vet ej än.
plain-how-not-applicable = Ett streck, -, svarar ej tillämpligt.
plain-how-text = Skriv svaret, högst { $max } tecken.
plain-how-number = Skriv ett heltal.
plain-how-date = Skriv ett datum med år, månad och dag, till exempel 2027-06-30.
plain-how-typed = Det du skriver här blir svaret; kommandon skrivs då med kolon först, till exempel :? eller :q. En tom rad går vidare.
plain-current = Svar nu: { $value }.
plain-no-answer = Inget svar ännu.
plain-note = Anteckning: { $note }
plain-state = Status: { $state }.
plain-items = Listade nu: { $items }.
plain-how-group = Lägg till en { $kind } med: lägg till NAMN. Byt namn med: byt namn NUMMER NAMN. Ta bort med: ta bort NUMMER. En tom rad går vidare till frågorna om varje { $kind }.
plain-derived = { $label }: { $value }.
plain-prompt = Svar:
plain-prompt-title = Titel:
plain-prompt-note = Anteckning:
plain-prompt-confirm = Ta bort?
plain-prompt-quit = Avsluta?
plain-prompt-pick = Välj:
plain-saved = Sparat.
plain-note-saved = Anteckningen sparad.
plain-state-now = Status nu: { $state }.
plain-cleared = Svaret är borttaget; anteckningen finns kvar.
plain-item-added = { $name } är tillagd.
plain-renamed = Namnet är ändrat.
plain-title-set = Titeln är ändrad.
plain-first = Det här är första frågan.
plain-undone = Ångrat: ändringen av fråga { $number }. Skriv gör om för att ta tillbaka den.
plain-redone = Gjort om: ändringen av fråga { $number }.
plain-nothing-to-undo = Det finns inget att ångra.
plain-nothing-to-redo = Det finns inget att göra om.
plain-no-help = Frågan har ingen hjälptext.
plain-reference = Referens: { $reference }.
plain-unknown-command = "{ $input }" är inget svar eller kommando här. Skriv ? för en lista över kommandon.
plain-does-not-fit = "{ $input }" passar inte frågan. { $how }
plain-on-group = Här listas poster, så ett svar passar inte. { $how }
plain-not-a-group = Poster läggs till, byts namn på och tas bort på en upprepad grupps fråga, till exempel den om informationsmängder.
plain-no-such-item = Det finns ingen post med numret { $input }.
plain-no-such-finding = Det finns ingen slutsats med numret { $input }; skriv f för att lista dem.
plain-no-match = Ingen fråga passar "{ $input }".
plain-needs-argument = Så här används kommandot: { $usage }
plain-usage-go = gå NUMMER eller gå SÖKORD
plain-usage-owner = ansvarig NUMMER NAMN
plain-usage-due = klart NUMMER DATUM, till exempel klart 1 2027-06-30
plain-usage-add = lägg till NAMN
plain-usage-rename = byt namn NUMMER NAMN
plain-usage-remove = ta bort NUMMER
plain-usage-title = titel TEXT
plain-note-lead = Skriv anteckningen på nästa rad. En tom rad behåller den som den är; ett ensamt streck, -, tar bort den.
plain-new-lead = Ny bedömning. Vad ska den heta? Skriv till exempel tjänstens och leverantörens namn.
plain-confirm-remove = Ta bort { $item } och alla dess svar? Svara j för att ta bort; något annat behåller den.
plain-kept = Ingenting togs bort.
plain-confirm-quit = Den senaste ändringen kunde inte sparas. Skriv q igen för att avsluta ändå (ändringen går förlorad), eller något annat för att stanna och försöka igen.
plain-end-of-input = Slut på indata. Allt är sparat.
plain-quit = Avslutat. Allt är sparat.
plain-not-saved = Avslutat, men den senaste ändringen kunde inte sparas.
plain-stopped = stannade vid rad { $line } ({ $input }): { $reason } Inget fel svar sparades; det som kom före är sparat.
plain-summary-title = Sammanfattning. Detta återstår innan bedömningen är klar.
plain-summary-line = { $heading }: { $items }.
plain-summary-done = Inget återstår: alla frågor är besvarade och varje hög slutsats har en ansvarig.
plain-question-number = fråga { $number }
plain-finding = { $number }. { $severity }: { $title }.
plain-finding-action = Åtgärd: { $action }
plain-finding-owner = Ansvarig: { $owner }. Klart senast: { $due }.
plain-finding-reasons = Bygger på: { $reasons }.
plain-findings-how = Sätt ansvarig med: ansvarig NUMMER NAMN. Sätt datum med: klart NUMMER DATUM, till exempel klart 1 2027-06-30.
plain-owner-set = Ansvarig sparad.
plain-due-set = Datum sparat.
plain-overview-section = Avsnitt { $number }: { $title }, { $done } av { $total } besvarade.
plain-overview-how = Skriv ö och avsnittets nummer för att höra dess frågor.
plain-overview-question = Fråga { $number }: { $label } { $answer }
plain-overview-hidden = Avsnitt { $number }: { $title }, ställs inte med de svar som getts.
plain-commands-title = Kommandon. Varje kommando kan skrivas med kolon först, till exempel :q; på text-, tal- och datumfrågor måste det.
plain-help-line = { $words }: { $what }
plain-help-numbers = siffror: välj alternativ eller nivå; flera alternativ med mellanslag emellan, till exempel 1 3
plain-help-enter = tom rad: gå vidare; ger aldrig ett svar
plain-help-yes = svara ja
plain-help-no = svara nej
plain-help-unknown = svara vet ej än
plain-help-not-applicable = svara ej tillämpligt, där frågan tillåter det
plain-help-next = gå till nästa fråga utan att svara
plain-help-back = gå till föregående fråga
plain-help-go = gå till en fråga med numret eller ord ur frågan, till exempel gå 12 eller gå kryptering
plain-help-note = skriv gruppens anteckning till frågan, på samma rad eller nästa
plain-help-state = byt status: följ upp, fråga leverantören, oenighet, ingen markering
plain-help-clear = ta bort svaret (anteckningen finns kvar)
plain-help-help-text = läs frågans hjälptext och rättsliga referens
plain-help-repeat = läs frågan igen
plain-help-commands = den här listan
plain-help-overview = avsnitten med hur långt de kommit; med ett nummer efter: avsnittets frågor
plain-help-findings = slutsatserna just nu, med svaren de bygger på, åtgärd, ansvarig och datum
plain-help-owner = sätt vem som ansvarar för en slutsats åtgärd: ansvarig NUMMER NAMN
plain-help-due = sätt när åtgärden ska vara klar: klart NUMMER DATUM, till exempel klart 1 2027-06-30
plain-help-summary = vad som återstår innan bedömningen är klar
plain-help-export = skriv rapporten (Markdown) bredvid bedömningsfilen
plain-help-undo = ångra den senaste ändringen
plain-help-redo = gör om det som ångrades
plain-help-add = på en upprepad grupps fråga: lägg till en post
plain-help-rename = byt namn på en post: byt namn NUMMER NAMN
plain-help-remove = ta bort en post med alla dess svar: ta bort NUMMER
plain-help-title = byt bedömningens titel
plain-help-quit = avsluta; allt är redan sparat. Slut på indata (Ctrl+D, på Windows Ctrl+Z och Enter) avslutar också
plain-pick-lead = Det finns flera bedömningar här.
plain-pick-row = { $number }: { $title }. { $progress }. Ändrad { $changed }.
plain-pick-how = Skriv numret för den du vill fortsätta med, n för en ny bedömning eller q för att avsluta.
plain-words-yes = j | ja
plain-words-no = n | nej
plain-words-unknown = v | vet ej | vetej
plain-words-not-applicable = - | ej tillämpligt
plain-words-next = nästa | hoppa
plain-words-back = b | bakåt | tillbaka | föregående
plain-words-go = g | gå | gå till
plain-words-note = e | anteckning
plain-words-state = s | status
plain-words-clear = rensa | ta bort svaret
plain-words-help-text = h | hjälptext
plain-words-repeat = l | läs | igen
plain-words-commands = ? | hjälp | kommandon
plain-words-overview = ö | översikt
plain-words-findings = f | slutsatser
plain-words-owner = ansvarig
plain-words-due = klart | klart senast
plain-words-summary = sammanfattning
plain-words-export = x | rapport
plain-words-undo = ångra
plain-words-redo = gör om
plain-words-add = a | lägg till
plain-words-rename = byt namn
plain-words-remove = ta bort
plain-words-title = titel
plain-words-quit = q | avsluta | sluta
plain-summary-how = Skriv x för att skriva rapporten, l för att höra sista frågan igen, gå och ett nummer för en annan fråga, eller q för att avsluta.
plain-summary-high-unowned = Höga slutsatser utan ansvarig
plain-command-like = "{ $input }" ser ut som ett kommando och sparades inte. Skriv det med kolon först för kommandot, till exempel :{ $input }, eller samma rad igen för att spara den som svar.

## Faster than dialog: start-up, every keypress at scale, big pastes
ui-reasons-more = {"  "}· … och { $more } svar till

## The report a nämnd can decide on
report-decision-heading = Rekommendation och beslut
report-dpia-heading = Konsekvensbedömning
report-classification-heading = Informationsklassning
report-col-aspect = Aspekt
report-col-level = Nivå
report-col-given-by = Informationsmängder på den nivån
report-high-findings = Allvarliga iakttagelser
report-no-high-findings = Inga allvarliga iakttagelser.
report-not-documented = Inte dokumenterat.
report-not-yet = inte ifyllt än
report-undetermined = inte avgjort än
report-condition-holds = { $count ->
    [0] Ja
   *[other] Ja ({ $reasons })
}
report-priority-high = Hög
report-priority-medium = Medel
report-priority-low = Låg
report-col-source = Bakgrund
report-col-priority = Prioritet
report-source-measure = Skyddsåtgärd: { $measure } ({ $value })
report-source-risk = Risk: { $risk }
report-col-before = Före (S/K)
report-col-after = Efter (S/K)
report-no-items = Inga ännu.
report-contradictions = Motsägelser
report-contradictions-intro = Svaren nedan kan inte alla stämma samtidigt. Gruppen behöver rätta något av dem innan bedömningen läggs till grund för ett beslut.
report-open-heading = Öppna frågor
report-disputed-heading = Omstridda svar ({ $count })
report-follow-up-heading = Att följa upp ({ $count })
report-unknown-heading = Vet ej än ({ $count })
report-reconfirm-heading = Frågor som har ändrats sedan de besvarades ({ $count })
report-open-supplier = Frågor till leverantören ({ $count })
report-open-unanswered = Obesvarade frågor ({ $count })
report-no-open-questions = Inga öppna frågor.
report-appendix-answers = Bilaga: Alla svar och anteckningar
report-appendix-not-applicable = Bilaga: Frågor som inte är tillämpliga
report-appendix-orphans = Bilaga: Svar på frågor som inte längre finns
report-sources = Källor
validate-bad-report-id = report: listan "{ $list }" nämner "{ $id }", som inte passar där (service, decision och quotes tar frågor utanför grupper, quotes bara textfrågor; dpia frågor eller namngivna villkor; classification härledda värden; tables upprepade grupper).
validate-bad-matrix-member = risk_matrix: "{ $question }" måste vara en fråga i gruppen "{ $group }": measures en textfråga (Text), owner en valfråga (Choice).
report-requirements-short-intro = Åtgärderna följer av informationsklassningen. Varje åtgärd formulerad som krav att ställa på leverantören står i bilagan.
report-col-note = Anteckning
report-appendix-requirements = Bilaga: Krav att ställa på leverantören
report-unanswered-in-appendix = Frågorna står var för sig i bilagan.
report-appendix-unanswered = Bilaga: Obesvarade frågor
report-risk-matrix-after-missing = { $count ->
    [one] En risk är inte bedömd efter åtgärder än och finns bara i den första matrisen.
   *[other] { $count } risker är inte bedömda efter åtgärder än och finns bara i den första matrisen.
}
validate-duplicate-reference = källan "{ $id }" finns två gånger i references.
validate-bad-link = länken "{ $link }" måste börja med https:// eller http://.
validate-unknown-reference = frågan "{ $question }" hänvisar till källan "{ $id }", som inte finns i references.
report-cites = Källor
report-risk-matrix-intro = Antal risker i varje ruta före → efter åtgärderna; zonen inom parentes.

## Issue 12: leverantörens frågor och åtgärdsplanen som kalkylblad
plan-col-number = Nr
plan-col-priority = Prioritet
plan-col-action = Åtgärd
plan-col-owner = Ansvarig
plan-col-due = Klart senast
plan-col-source = Källa
plan-col-note = Anteckning
plan-col-id = Id
plan-priority-high = Hög
plan-priority-medium = Medel
plan-priority-low = Låg
plan-sheet = Åtgärdsplan
plan-source-finding = Iakttagelse: { $title }
plan-written = Åtgärdsplanen skrevs till { $path }.
error-plan-xlsx = åtgärdsplanen kunde inte skrivas som .xlsx: { $reason }
cli-arg-supplier = Skriv frågorna till leverantören (Markdown, på språket i --lang) i stället för rapporten
cli-arg-actions = Skriv åtgärdsplanen i stället för rapporten: .xlsx om OUT slutar så, annars CSV för Excel med svenska inställningar
supplier-title = Frågor till leverantören: { $title }
supplier-none = Bedömningen har inga öppna frågor till leverantören.
supplier-intro = Vi är socialtjänsten i en svensk kommun och bedömer er molntjänst innan vi använder eller köper den. Uppgifterna gäller de människor vi hjälper, ofta barn och utsatta vuxna, och skyddas av dataskyddsförordningen (GDPR) och av offentlighets- och sekretesslagen (OSL). En del av det vi behöver veta kan bara ni som leverantör svara på.
supplier-how = Svara på varje fråga nedan: kryssa i det alternativ som gäller (eller flera där det står så), lägg till en kommentar där något behöver förklaras och skicka tillbaka dokumentet till oss. Där frågorna gäller ett visst företag (en mottagare) svarar ni för det företaget.
supplier-context-transfer = Enligt GDPR (kapitel V) får personuppgifter föras till ett land utanför EU/EES bara med stöd av en överföringsgrund: ett beslut om adekvat skyddsnivå från EU-kommissionen, EU–US Data Privacy Framework för en certifierad amerikansk organisation, eller standardavtalsklausuler med en konsekvensbedömning av överföringen. En överföring är inte bara lagring utomlands: personal som kan se eller nå uppgifterna från ett land utanför EU/EES, till exempel för support eller drift, räknas också. Vi bedömer varje företag som kan nå uppgifterna för sig, så vi frågar om ert företag, ert moderbolag och varje underbiträde, supportleverantör och driftleverantör.
supplier-why-transfer-subprocessors-known = Underbiträden får bara anlitas med vårt godkännande och med samma skyldigheter som ni har (GDPR art. 28). Bifoga gärna listan med varje underbiträdes land och uppgift.
supplier-why-recipient-country = Landet avgör vilken lag som gäller för företaget och vilken överföringsgrund som kan användas.
supplier-why-recipient-parent = Ett moderbolag utanför EU/EES, särskilt i USA, kan enligt sitt lands lag (till exempel amerikanska CLOUD Act) tvingas lämna ut uppgifter som koncernen råder över, också när uppgifterna lagras i EU.
supplier-why-recipient-storage = Ta med säkerhetskopior och reservdatacenter.
supplier-why-recipient-processing = Behandling är all hantering av uppgifterna (analys, utskick, taligenkänning och liknande), inte bara lagring.
supplier-why-recipient-access = Åtkomst från ett land utanför EU/EES är en överföring till det landet, också när uppgifterna bara visas på en skärm. Ta med support i andra och tredje linjen.
supplier-why-recipient-dpf-certified = Data Privacy Framework gäller bara organisationer som själva står på listan; ett certifierat moderbolag täcker inte ett dotterbolag eller underbiträde.
supplier-why-recipient-staff-confidentiality = I Sverige ger lagen (2020:914) personalen hos en leverantör som behandlar eller lagrar en myndighets uppgifter en straffsanktionerad tystnadsplikt. För personal utanför Sverige behöver vi veta om deras lands lag ger ett motsvarande straffansvar; en tystnadsplikt i avtal räcker inte som motsvarighet.
supplier-pick-one = Kryssa i ett alternativ.
supplier-pick-several = Kryssa i alla som gäller.
supplier-write = Skriv ert svar nedan.
supplier-tentative = Så som vi förstår det i dag: { $answer }. Bekräfta eller rätta.
supplier-comment = Kommentar:
supplier-reference = Referens: { $reference }
supplier-item = { $kind }: { $item }
supplier-after = När ni har svarat
supplier-after-text = Skicka tillbaka dokumentet till den som skickade det till er. Vi för in era svar i vår bedömning; referensen efter varje fråga visar vilken fråga det gäller. (För kommunen: öppna bedömningen med molnkoll open, tryck / och skriv referensen för att komma till frågan, för en mottagares fråga under den mottagaren; ge svaret, skriv leverantörens kommentar i anteckningen med e, och ta bort markeringen "fråga leverantören" med s.)
supplier-written = Frågorna till leverantören skrevs till { $path }.
export-outputs-written = Skrevs i { $dir }: { $files }.
export-output-report = rapporten { $file }
export-output-supplier = frågorna till leverantören { $file }
export-output-actions = åtgärdsplanen { $file }
export-outputs-partly = { $problem } { $written }
error-export-not-ours = { $path } är inte skriven av molnkoll, eller har ändrats sedan dess, och skrivs inte över. Flytta eller byt namn på filen och tryck x igen.
export-outputs = { $summary }
