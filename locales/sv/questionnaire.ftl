### molnkoll: frågeformulärets texter på svenska (primärt språk), version 2, del A.
### Del A: avsnittens rubriker, gemensamma svarsalternativ och nivåer, bedömningen, urvalet inför
### konsekvensbedömning, kartläggning, informationsmängder och klassning, lagar och sekretess,
### barn och skyddade personuppgifter, mottagare och överföring, Storbritannien, härledda värden,
### deras iakttagelser och motsägelserna. Strukturen finns i molnkoll.ron. Sakuppgifterna
### kontrollerades i november 2026 (content_as_of 2026-11-27).

## Avsnitt

section-assessment = Bedömningen
section-dpia = Behövs en konsekvensbedömning?
section-mapping = Kartläggning av tjänsten och användningen
section-classification = Informationsmängder och klassning
section-legal = Lagar och sekretess
section-children = Barn och personer med skyddade personuppgifter
section-transfer = Mottagare och överföring till tredje land
section-uk = Storbritannien
section-security = Skyddsåtgärder som klassningen kräver
section-risk = Riskregister: risker för de enskilda
section-dpia-proper = Konsekvensbedömningen
section-contracts = Avtal och dokumentation
section-records = Allmänna handlingar, gallring och arkiv
section-overall = Samlad bedömning och beslut

## Gemensamma svarsalternativ

option-sweden = Sverige
option-eu-eea = Annat land inom EU/EES
option-uk = Storbritannien
option-usa = USA
option-adequate-other = Annat land med adekvat skyddsnivå (t.ex. Schweiz, Japan)
option-other = Annat land utanför EU/EES, utan beslut om adekvat skyddsnivå
option-none = Inget land

option-fulfilled = Uppfyllt
option-partly = Delvis uppfyllt
option-not-fulfilled = Ej uppfyllt

option-system-manager = Systemförvaltare
option-information-owner = Informationsägare
option-it-architect = IT-arkitekt
option-security-officer = Informationssäkerhetsansvarig
option-lawyer-dpo = Jurist eller dataskyddsombud
option-archivist = Arkivarie
option-procurement = Upphandlare

## KLASSA 4.0:s konsekvensnivåer (siffran sätts framför av programmet)

level-0 = försumbar
level-1 = måttlig
level-2 = betydande
level-3 = allvarlig
level-4 = synnerligen allvarlig

## 1. Bedömningen

assessment-service-name = Vad heter molntjänsten?
    .label = Tjänst
    .help = Namnet, gärna med version eller modul, gör att bedömningen går att hitta och följa upp. En bedömning gäller en viss tjänst som används på ett visst sätt: byter ni tjänst eller ändrar användningen behöver bedömningen göras om. Skriv inga personuppgifter här.
    .ref = SKR:s vägledning för socialtjänsten om molntjänster (2020), inledningen

assessment-vendor-name = Vilket företag levererar tjänsten?
    .label = Leverantör
    .help = Ange det bolag som ni tecknar avtal med; det blir i regel ert personuppgiftsbiträde. Var bolaget, dess koncern, underbiträden och support finns frågar vi om senare, en mottagare i taget, eftersom det avgör vilka länders lagar som når uppgifterna.
    .ref = GDPR art. 4.8 och 28 · SKL:s pm Använd molntjänster på rätt sätt (2013)

assessment-purpose = Vad ska tjänsten användas till? Beskriv kort.
    .label = Syfte
    .help = Syftet styr hela bedömningen: vilka uppgifter som behövs, vem som ska se dem och hur länge de får sparas. Beskriv ändamålet i en mening, till exempel ”digital självskattning inför uppföljning av insats”. Högst 200 tecken och inga namn eller personnummer.
    .ref = GDPR art. 5.1 b och 35.7 a

assessment-service-type = Vilken sorts molntjänst gäller det?
    .help = Riskerna skiljer sig mellan olika sorters tjänster. Tjänster för att lagra och dela dokument, som medarbetare ibland börjar använda på egen hand, saknar ofta säkerhetskopiering och annat skydd och passar sällan för uppgifter med sekretess. För ett färdigt system som tjänst är det villkoren som måste granskas, och när drift eller lagring upphandlas finns ofta större möjlighet att ställa egna krav.
    .ref = SKL:s pm Använd molntjänster på rätt sätt (2013), Vanliga användningsområden
assessment-service-type--document-storage = Lagring och delning av dokument
assessment-service-type--software-service = Färdigt system eller program som tjänst (SaaS)
assessment-service-type--platform-infrastructure = Drift, lagring eller plattform (IaaS, PaaS)
assessment-service-type--other = Annat

assessment-stage = I vilket skede är ni?
    .label = Skede
    .help = Bedömningen ska som huvudregel göras innan några uppgifter behandlas i tjänsten, helst före upphandlingen så att kraven kommer med i förfrågningsunderlaget. Används tjänsten redan ska bedömningen göras nu, och allvarliga brister kan kräva att användningen begränsas direkt. Bedömningen ska också göras om när risken förändras.
    .ref = GDPR art. 35.1 och 35.11 · SKR:s vägledning (2020) avsnitt 1.2
assessment-stage--planning = Vi överväger att använda tjänsten
assessment-stage--procurement = Vi upphandlar eller köper in tjänsten
assessment-stage--in-use = Tjänsten används redan

assessment-client-data = Kommer tjänsten att hålla uppgifter om socialtjänstens enskilda, alltså klienter, brukare eller deras närstående?
    .help = Svaret avgör vilka frågor som ställs. En tjänst för till exempel schemaläggning, personaladministration eller mötesbokning utan ärenden håller inga klientuppgifter, och då blir frågorna om socialtjänstlagen och SoLPUL ej tillämpliga i stället för att ni tvingas svara ja. Räkna med fritext, bilagor och loggar: kan en klients namn någon gång hamna där, svara ja.
    .ref = OSL (2009:400) 26 kap. 1 § · SoLPUL (2001:454) 2 §

assessment-controller = Vem är personuppgiftsansvarig för behandlingen i tjänsten?
    .label = Personuppgiftsansvarig
    .help = Den personuppgiftsansvarige bestämmer varför och hur uppgifterna behandlas och bär ansvaret, också för det som leverantören gör. För socialtjänstens egen verksamhet är det socialnämnden (eller motsvarande nämnd) och för en privat utförare utföraren själv, enligt förordningen (2001:637) om behandling av personuppgifter inom socialtjänsten. För en tjänst utan klientuppgifter, som ett schema- eller personalsystem, är det i regel den nämnd som ansvarar för den verksamheten enligt reglementet, till exempel kommunstyrelsen eller en personalnämnd.
    .ref = GDPR art. 4.7 och 24 · SoLPUF (2001:637) · kommunallagen (2017:725) 6 kap. · SKR:s vägledning (2020) avsnitt 1
assessment-controller--committee = Socialnämnden (eller motsvarande nämnd för socialtjänsten)
assessment-controller--other-committee = En annan nämnd, t.ex. kommunstyrelsen eller personalnämnden
assessment-controller--private-provider = En privat utförare
assessment-controller--unclear = Det är oklart

assessment-participants = Vilka roller deltar i bedömningen?
    .label = Deltagare i bedömningen
    .help = En bra bedömning kräver kunskap om verksamheten, tekniken och juridiken. Vägledningen rekommenderar en workshop med systemförvaltare, informationsägare (någon som kan besluta om vägval), användare från olika delar av verksamheten, IT-arkitekt, informationssäkerhetsansvarig och jurist eller dataskyddsombud; arkivarie och upphandlare behövs för gallring, arkiv och krav i upphandlingen. Rollerna här är de som åtgärderna i rapporten riktas till, så anteckna vem som ska tillfrågas efteråt om en roll saknas.
    .ref = SKR:s vägledning (2020) avsnitt 2.7 · GDPR art. 35.2
assessment-participants--users = Användare från verksamheten

## 2. Behövs en konsekvensbedömning?

dpia-evaluation = Bedöms eller poängsätts personer i tjänsten, till exempel genom profilering eller förutsägelser om beteende?
    .label = bedömning eller poängsättning
    .help = Det här är det första av nio kriterier i IMY:s förteckning över när en konsekvensbedömning krävs; är minst två uppfyllda krävs i regel en. Exempel är riskbedömningsinstrument, skattningsskalor som räknar fram ett värde och funktioner som förutsäger behov. Vägledningen hänvisar till Datainspektionen, som sedan 1 januari 2021 heter Integritetsskyddsmyndigheten (IMY).
    .ref = GDPR art. 35.1 och 35.4 · IMY:s förteckning enligt art. 35.4 (Datainspektionen, januari 2019; kontrollerat november 2026) · SKR:s vägledning (2020) avsnitt 1.4

dpia-automated-decisions = Fattar tjänsten automatiska beslut som har rättslig eller liknande betydande effekt för den enskilde?
    .label = automatiserade beslut
    .help = Automatiserade beslut med rättsliga följder, till exempel om någon beviljas bistånd, eller med liknande betydande påverkan är ett av IMY:s kriterier. Ett stöd som bara ger handläggaren underlag räknas inte hit, men kan vara poängsättning (föregående fråga). Enskilda har dessutom särskilda rättigheter när beslut fattas helt automatiskt.
    .ref = GDPR art. 22 och 35.3 a · IMY:s förteckning enligt art. 35.4 · SKR:s vägledning (2020) avsnitt 1.4

dpia-monitoring = Används tjänsten för att systematiskt övervaka, observera eller kontrollera de enskilda eller personalen?
    .label = systematisk övervakning
    .help = Systematisk övervakning är ett av IMY:s kriterier. Exempel är positionering, sensorer eller kamera i hemmet, fortlöpande registrering av hur någon använder en app och uppföljning av personalens arbete. Övervakning är särskilt ingripande när den som övervakas inte märker den eller inte kan välja bort den.
    .ref = GDPR art. 35.3 c · IMY:s förteckning enligt art. 35.4 · SKR:s vägledning (2020) avsnitt 1.4

dpia-sensitive = Behandlas känsliga personuppgifter eller uppgifter av mycket personlig karaktär?
    .label = känsliga eller mycket personliga uppgifter
    .help = Känsliga personuppgifter är bland annat uppgifter om hälsa, etniskt ursprung, religion och sexualliv. Till uppgifter av mycket personlig karaktär räknas också mycket av det som finns i socialtjänsten, som missbruk, ekonomiskt bistånd, våld i nära relationer och lagöverträdelser. Det är ett av IMY:s kriterier, och i socialtjänsten är svaret nästan alltid ja.
    .ref = GDPR art. 9 och 10 · IMY:s förteckning enligt art. 35.4 · SKR:s vägledning (2020) avsnitt 1.4

dpia-large-scale = Sker behandlingen i stor omfattning?
    .label = stor omfattning
    .help = Omfattningen bedöms efter hur många personer som berörs, hur mycket uppgifter det gäller, hur länge behandlingen pågår och hur stort geografiskt område den täcker. En tjänst för alla brukare i en kommun, eller för flera kommuner, är ofta i stor omfattning. Det är ett av IMY:s kriterier.
    .ref = GDPR art. 35.3 b och skäl 91 · IMY:s förteckning enligt art. 35.4 · SKR:s vägledning (2020) avsnitt 1.4

dpia-combining = Samkörs eller kombineras uppgifter från olika system eller källor?
    .label = samkörda eller kombinerade uppgifter
    .help = Att matcha eller föra samman uppgifter från olika system eller ändamål, på ett sätt som den enskilde inte räknar med, är ett av IMY:s kriterier. Ett exempel är att tjänsten hämtar uppgifter från verksamhetssystemet och kombinerar dem med egna uppgifter. Kriteriet finns inte i vägledningens tabell, men i IMY:s förteckning.
    .ref = IMY:s förteckning enligt art. 35.4 (kontrollerat november 2026)

dpia-vulnerable = Gäller uppgifterna personer i utsatt ställning, som barn, äldre, personer med funktionsnedsättning, andra som är beroende av socialtjänsten, eller anställda?
    .label = sårbara registrerade
    .help = Den som är i underläge eller beroendeställning har svårare att ta tillvara sina rättigheter. Det är ett av IMY:s kriterier, och i socialtjänsten är det nästan alltid uppfyllt; barn räknas alltid hit. Anställda räknas också hit eftersom de står i beroendeställning till arbetsgivaren, så svara ja även för en tjänst med personaluppgifter.
    .ref = GDPR skäl 75 · IMY:s förteckning enligt art. 35.4 · Artikel 29-gruppens riktlinjer om konsekvensbedömning, WP 248 rev.01 (2017), kriterium 7 · IMY:s webbsida Konsekvensbedömning, avsnittet Arbetsliv (kontrollerat november 2026)

dpia-innovative = Används ny eller innovativ teknik, till exempel AI, taligenkänning eller nya sätt att organisera arbetet?
    .label = ny teknik
    .help = Ny teknik kan medföra risker som ingen ännu känner till. Ett AI-stöd i molnet, automatisk utskrift av samtal och sensorer i hemmet är exempel. Det är ett av IMY:s kriterier.
    .ref = GDPR art. 35.1 · IMY:s förteckning enligt art. 35.4 · SKR:s vägledning (2020) avsnitt 1.4

dpia-blocks-right = Kan behandlingen hindra någon från att utöva en rättighet eller få en tjänst eller insats?
    .label = hindrar en rättighet eller tjänst
    .help = Om tjänsten avgör vem som får tillgång till en insats, eller om stöd bara går att få genom tjänsten, är det ett av IMY:s kriterier. Tänk på dem som saknar dator, mobil eller e-legitimation, till exempel många barn och unga.
    .ref = IMY:s förteckning enligt art. 35.4 (kontrollerat november 2026)

dpia-decision = Hur gör ni med konsekvensbedömningen?
    .label = Konsekvensbedömningen
    .help = Är två eller fler av IMY:s kriterier uppfyllda ska en konsekvensbedömning i regel göras innan behandlingen börjar. Väljer ni att göra den här blir avsnittet Konsekvensbedömningen en del av den här bedömningen (beskrivning, ändamål, nödvändighet och proportionalitet, de registrerades synpunkter och dataskyddsombudets råd), och riskregistret blir dess riskbedömning. Har den redan gjorts separat, hänvisa till den i en anteckning; lämnar ni frågan öppen när kriterierna talar för en bedömning visas avsnittet ändå.
    .ref = GDPR art. 35.1, 35.2 och 35.7 · IMY:s förteckning enligt art. 35.4 (kontrollerat november 2026) · SKR:s vägledning (2020) avsnitt 1.1–1.3
dpia-decision--done = Den är redan gjord, separat från den här bedömningen
dpia-decision--planned = Vi gör den här, som en del av den här bedömningen
dpia-decision--not-needed = Vi bedömer att den inte behövs

dpia-skip-documented = Har ni skriftligt motiverat varför ingen konsekvensbedömning behövs?
    .help = Även när två eller fler kriterier är uppfyllda kan den personuppgiftsansvarige komma fram till att behandlingen sannolikt inte leder till hög risk. Skälen ska då motiveras och dokumenteras; utan dokumentation går det inte att visa att bedömningen är gjord.
    .ref = GDPR art. 5.2 och 35 · IMY:s förteckning enligt art. 35.4 (kontrollerat november 2026) · SKR:s vägledning (2020) avsnitt 1.4

dpia-skip-dpo = Har dataskyddsombudets synpunkter på beslutet tagits in och dokumenterats?
    .help = När man avstår från en konsekvensbedömning trots att kriterierna talar för en ska dataskyddsombudets synpunkter finnas med i dokumentationen. Alla myndigheter, också kommunernas nämnder, ska ha ett dataskyddsombud.
    .ref = GDPR art. 35.2 och 37–39 · IMY:s förteckning enligt art. 35.4 (kontrollerat november 2026)

## 3. Kartläggning

mapping-personal-data = Kommer personuppgifter att behandlas i tjänsten?
    .help = Alla uppgifter som direkt eller indirekt kan kopplas till en levande person är personuppgifter, också pseudonymiserade uppgifter som ett alias eller ett ärendenummer, och också personalens inloggningar och loggar. Därför är svaret nästan alltid ja. Svarar ni nej, kontrollera särskilt fritextfält, bilagor och loggar.
    .ref = GDPR art. 4.1 och skäl 26 · SKR:s vägledning (2020) avsnitt 2.5

mapping-children = Gäller uppgifterna barn, eller ska barn själva använda tjänsten?
    .help = Barn har rätt till särskilt skydd för sina personuppgifter, information till barn ska vara lätt att förstå, och sekretess kan gälla också mot vårdnadshavaren. Barn och unga saknar ofta BankID eller egen mobil, vilket påverkar hur inloggningen kan ordnas. Svarar ni ja kommer frågor om detta i avsnittet om barn.
    .ref = GDPR art. 12.1 och skäl 38 och 58 · OSL (2009:400) 12 kap. 3 § · lag (2018:1197) om FN:s konvention om barnets rättigheter · SKR:s vägledning (2020) avsnitt 2.2

mapping-individuals-use = Ska enskilda (klienter, brukare) själva logga in i tjänsten, till exempel för självskattning?
    .help = När enskilda använder tjänsten över internet ställs krav på hur de loggar in och på att inga uppgifter blir kvar i deras dator eller mobil. Svarar ni ja kommer frågor om det under skyddsåtgärderna.
    .ref = SKR:s vägledning (2020) avsnitt 2.2

mapping-free-text = Finns det fritextfält i tjänsten, där personal eller enskilda kan skriva vad de vill?
    .help = I fritext skrivs lätt namn på andra personer och känsliga uppgifter som inte behövs. Sådant hamnar hos leverantören och är svårt att rensa bort, till exempel när uppgifter ska sammanställas eller gallras. Vägledningen avråder därför från fritextfält och föreslår ja/nej-frågor eller fasta svarsalternativ.
    .ref = GDPR art. 5.1 c och 25 · SKR:s vägledning (2020) avsnitt 2.3

mapping-free-text-limited = Vad gör ni med fritextfälten?
    .help = Bäst är att ta bort fritextfälten. Behövs de verkligen bör antalet tecken begränsas och användarna få tydliga instruktioner om vad som inte får skrivas.
    .ref = GDPR art. 25 · SKR:s vägledning (2020) avsnitt 2.3
mapping-free-text-limited--removed = De tas bort eller stängs av
mapping-free-text-limited--limited = De finns kvar men med begränsat antal tecken och instruktioner
mapping-free-text-limited--kept = De finns kvar som de är

mapping-offline-use = Ska uppgifter registreras utan uppkoppling, till exempel i en surfplatta eller mobil som lånas ut till den enskilde?
    .help = Alla har inte dator, mobil eller internet. Vägledningen beskriver hur socialtjänsten kan låna ut en enhet där den enskilde fyller i uppgifter utan uppkoppling, och hur uppgifterna sedan förs över till tjänsten. Det ställer egna krav på kryptering och radering i enheten.
    .ref = SKR:s vägledning (2020) avsnitt 2.2

mapping-suitable = Bedömer ni efter kartläggningen att informationen alls är lämplig att hantera i en molntjänst?
    .help = För viss information blir slutsatsen att den inte bör hanteras i en molntjänst alls, eller bara i en viss sorts tjänst. SKR rekommenderar en noggrann riskanalys särskilt för känslig information med sekretess i tjänster som kontrolleras av ägare i ett annat land. Svarar ni nej här, eller ändrar ni er efter klassningen, blir det en allvarlig iakttagelse.
    .ref = SKR:s vägledning (2020) avsnitt 2.5 · SKR:s ställningstagande om informationshantering i molntjänster

## 4. Informationsmängder och klassning

class-method = Med vilken metod klassas informationen?
    .help = Klassningen visar vilket skydd informationen behöver och styr vilka skyddsåtgärder som frågas efter längre fram. Här klassas varje informationsmängd med SKR:s KLASSA 4.0 (publicerad 27 juni 2024): konfidentialitet, riktighet, tillgänglighet och spårbarhet på konsekvensnivåerna 0–4. Vägledningen (2020) beskriver en äldre modell med nivåerna 1–4; KLASSA bygger på metodstödet från MSB, som sedan 1 januari 2026 heter Myndigheten för civilt försvar (MCF).
    .ref = KLASSA 4.0 (SKR, 27 juni 2024) · SKR:s vägledning (2020) avsnitt 2.7 (kontrollerat november 2026)
class-method--klassa = Med KLASSA 4.0, i KLASSA eller här med samma nivåer
class-method--other-method = Med en annan metod, vars nivåer vi har översatt till KLASSA:s
class-method--none-yet = Informationen är inte klassad ännu

infosets = Vilka informationsmängder kommer tjänsten att hålla?
    .help = Lägg till en informationsmängd för varje slags information i tjänsten, till exempel inloggningsuppgifter, självskattningssvar, fritext och bilagor, loggar och personaluppgifter. Varje mängd klassas för sig enligt KLASSA 4.0, och tjänstens nivå för varje aspekt blir den högsta nivån bland mängderna; det är den nivån som avgör vilka skyddsåtgärder som krävs. Att dela upp informationen visar också var de känsliga uppgifterna finns och om de kan hållas utanför tjänsten.
    .hint = Glöm inte loggar och inloggningsuppgifter: de är också informationsmängder.
    .ref = KLASSA 4.0 (SKR, 27 juni 2024) · GDPR art. 30.1 c och 32
    .item = informationsmängd

set-categories = Vilka slags uppgifter finns i informationsmängden?
    .help = Välj allt som kan förekomma, också sådant som bara ibland hamnar här. Känsliga personuppgifter (art. 9; uppgifter om missbruk och beroende räknas i regel som hälsouppgifter), uppgifter om lagöverträdelser (art. 10) och skyddade personuppgifter styr vilka frågor och iakttagelser som följer. Skyddad folkbokföring har ersatt kvarskrivning sedan 1 januari 2019.
    .ref = GDPR art. 4.1, 9 och 10 · dataskyddslagen (2018:218) 3 kap. · folkbokföringslagen (1991:481) 16 § · OSL (2009:400) 22 kap. 1 §
set-categories--identity = Namn och andra identitetsuppgifter
set-categories--personnummer = Personnummer eller samordningsnummer
set-categories--contact = Kontaktuppgifter (adress, telefon, e-post)
set-categories--case-records = Uppgifter ur ärenden, utredningar och anteckningar
set-categories--self-assessment = Självskattningar och enkätsvar
set-categories--health = Hälsa (känslig uppgift, art. 9)
set-categories--substance-use = Missbruk eller beroende (känslig uppgift, art. 9)
set-categories--other-art9 = Annan känslig uppgift, art. 9 (t.ex. etniskt ursprung, religion)
set-categories--offences = Lagöverträdelser (art. 10)
set-categories--protected-identity = Skyddade personuppgifter (skyddad folkbokföring, markering)
set-categories--finances = Ekonomi och ekonomiskt bistånd
set-categories--family-relations = Familjeförhållanden och våld i nära relationer
set-categories--staff = Uppgifter om personal
set-categories--logs = Loggar och tekniska uppgifter om användningen
set-categories--no-personal-data = Inga personuppgifter

set-subjects = Vilka personer gäller uppgifterna i informationsmängden?
    .help = Svaret visar vems integritet som står på spel. Barn har rätt till särskilt skydd, anhöriga och andra i klientens omgivning förekommer ofta i socialtjänstens anteckningar utan att själva vara klienter, och anställda står i beroendeställning till arbetsgivaren.
    .ref = GDPR skäl 38 och 75 · IMY:s förteckning enligt art. 35.4
set-subjects--clients-adults = Vuxna klienter eller brukare
set-subjects--children = Barn (under 18 år)
set-subjects--relatives = Anhöriga och andra närstående
set-subjects--staff = Personal
set-subjects--others = Andra, till exempel familjehem, uppdragstagare eller anmälare

set-secrecy = Vilken sekretess gäller för uppgifterna i informationsmängden?
    .help = Uppgifter om enskildas personliga förhållanden i socialtjänsten har stark sekretess: den gäller om det inte står klart att uppgiften kan lämnas ut utan att den enskilde eller någon närstående lider men. Svarar ni att det finns sekretess, eller att ni inte vet ännu, kommer frågor om utlämnande till leverantören. Vägledningen anger lagen med fel årtal (2019:400); rätt är 2009:400.
    .hint = Välj den starkaste sekretess som gäller för mängden.
    .ref = OSL (2009:400) 21 kap., 25 kap. 1 §, 26 kap. 1 § och 39 kap. · SKR:s vägledning (2020) avsnitt 2.5
set-secrecy--none = Ingen sekretess
set-secrecy--osl-26 = Socialtjänstsekretess (OSL 26 kap.)
set-secrecy--osl-25 = Hälso- och sjukvårdssekretess (OSL 25 kap.)
set-secrecy--osl-21 = Sekretess oavsett verksamhet (OSL 21 kap.), t.ex. skyddad adress
set-secrecy--other = Annan sekretess, t.ex. personalsocial verksamhet (OSL 39 kap.)

set-confidentiality = Konfidentialitet (skydd mot obehörig åtkomst): hur allvarlig blir skadan om uppgifterna i mängden når någon som inte får ta del av dem?
    .help = Bedöm den värsta rimliga följden för de enskilda, verksamheten och kommunen med KLASSA 4.0:s nivåer. Uppgifter om socialtjänstens klienter hamnar typiskt på nivå 3 (allvarlig), eftersom ett röjande allvarligt kan skada den enskildes rättigheter, hälsa eller säkerhet. Nivå 4 (synnerligen allvarlig) är för undantagsfall: KLASSA ger varken åtgärder eller upphandlingskrav för den, utan SKR rekommenderar en separat analys av skyddsbehovet.
    .hint = Klientuppgifter: typiskt 3. Nivå 4 kräver en separat analys.
    .ref = KLASSA 4.0 (SKR, 27 juni 2024), konfidentialitet · GDPR art. 32 (kontrollerat november 2026)

set-integrity = Riktighet: hur allvarlig blir skadan om uppgifterna i mängden är felaktiga, ofullständiga eller ändras av obehöriga?
    .help = Beslut om enskilda bygger på att uppgifterna stämmer. Bedöm följden om en självskattning, en bedömning eller en anteckning blir fel eller ändras utan att någon märker det, till exempel att ett barns behov av skydd inte syns. Nivå 4 kräver en separat analys, eftersom KLASSA inte ger åtgärder för den.
    .ref = KLASSA 4.0 (SKR, 27 juni 2024), riktighet · GDPR art. 5.1 d och 32

set-availability = Tillgänglighet: hur allvarlig blir skadan om uppgifterna i mängden inte går att nå när de behövs?
    .help = Tänk både på korta avbrott (timmar) och långa (dagar, eller att leverantören upphör). Kan handläggarna inte nå uppgifterna när ett barn behöver skydd blir följden allvarlig; en enkätfunktion som kan vänta en dag ligger lägre. Nivå 4 kräver en separat analys, eftersom KLASSA inte ger åtgärder för den.
    .ref = KLASSA 4.0 (SKR, 27 juni 2024), tillgänglighet · GDPR art. 32.1 b och c

set-traceability = Spårbarhet: hur allvarlig blir skadan om ni inte i efterhand kan se vem som har läst eller ändrat uppgifterna i mängden?
    .help = Spårbarhet behövs för att upptäcka och utreda obehörig åtkomst och för att visa vem som ändrat något. KLASSA har med spårbarhet just för att den är viktig när personuppgifter ingår, och för uppgifter med sekretess behöver ni nästan alltid kunna följa upp åtkomsten. Nivå 4 kräver en separat analys, eftersom KLASSA inte ger åtgärder för den.
    .ref = KLASSA 4.0 (SKR, 27 juni 2024), spårbarhet · GDPR art. 5.2 och 32

condition-dpia-criteria = Krävs en konsekvensbedömning enligt IMY:s kriterier
derived-service-confidentiality = Tjänstens konfidentialitet (högsta nivån bland informationsmängderna)
    .label = Konfidentialitet
derived-service-integrity = Tjänstens riktighet (högsta nivån bland informationsmängderna)
    .label = Riktighet
derived-service-availability = Tjänstens tillgänglighet (högsta nivån bland informationsmängderna)
    .label = Tillgänglighet
derived-service-traceability = Tjänstens spårbarhet (högsta nivån bland informationsmängderna)
    .label = Spårbarhet
derived-risk-count = Antal risker i riskregistret

## 5. Lagar och sekretess

legal-activity-law = Enligt vilka lagar bedrivs verksamheten som ska använda tjänsten?
    .help = Verksamhetens lagar avgör vilken sekretess, vilka krav på dokumentation och vilka gallringsregler som gäller. Sedan 1 juli 2025 gäller en ny socialtjänstlag (2025:400); den tidigare var 2001:453, som vägledningen felaktigt anger som 2001:43 (kontrollerat november 2026). Svara ej tillämpligt om tjänsten inte används i socialtjänstens verksamhet med enskilda.
    .ref = Socialtjänstlag (2025:400) · LSS (1993:387) · LVU (1990:52) · LVM (1988:870)
legal-activity-law--sol = Socialtjänstlagen (2025:400)
legal-activity-law--lss = LSS (1993:387)
legal-activity-law--lvu = LVU (1990:52)
legal-activity-law--lvm = LVM (1988:870)
legal-activity-law--other = Annan lag

legal-solpul = Har ni stämt av att behandlingen ryms inom dataskyddsreglerna för socialtjänsten?
    .help = Personuppgifter i socialtjänsten behandlas enligt dataskyddsförordningen (GDPR), dataskyddslagen (2018:218) med förordning (2018:219), och lagen (2001:454) och förordningen (2001:637) om behandling av personuppgifter inom socialtjänsten (SoLPUL och SoLPUF). Personuppgiftslagen (PuL), som SKL:s pm från 2013 bygger på, upphävdes 2018. Stäm av att ändamålen och uppgifterna ryms inom reglerna; svara ej tillämpligt om tjänsten inte behandlar uppgifter inom socialtjänsten (kontrollerat november 2026).
    .ref = GDPR art. 6 och 9 · dataskyddslagen (2018:218) · förordning (2018:219) · SoLPUL (2001:454) · SoLPUF (2001:637)

legal-who-how-where = Vet ni vem hos leverantören som hanterar informationen, hur den hanteras och var den finns geografiskt?
    .help = För att kunna avgöra om det är lagligt och lämpligt att anlita leverantören måste ni veta vilka som kommer åt uppgifterna (också underbiträden, support och drift), hur de hanteras och i vilka länder de lagras, bearbetas och nås ifrån. Utan det går varken sekretessprövningen eller bedömningen av överföring till tredje land att göra; mottagarna listas en och en längre fram.
    .ref = SKR:s vägledning (2020) avsnitt 2.5 · GDPR art. 28.1 och 28.2

legal-gdpr-basis = Har ni fastställt den rättsliga grunden för behandlingen enligt GDPR art. 6, och för känsliga personuppgifter undantaget i art. 9?
    .help = Varje behandling av personuppgifter behöver en rättslig grund. I socialtjänsten är det i regel uppgifter av allmänt intresse eller myndighetsutövning och en rättslig förpliktelse, med stöd i SoL och SoLPUL; för personal i regel anställningsavtalet och arbetsrätten. Skriv grunden i anteckningen; den ska också stå i registerförteckningen.
    .ref = GDPR art. 6.1 och 9.2 · dataskyddslagen (2018:218) 2 kap. 1–2 §§ och 3 kap. 3 §

legal-register-entry = Finns behandlingen i den personuppgiftsansvariges registerförteckning, eller förs den in innan tjänsten används?
    .help = Varje nämnd ska föra en förteckning över sina behandlingar av personuppgifter med bland annat ändamål, kategorier av registrerade och uppgifter, mottagare, överföringar till tredje land, gallringsfrister och säkerhetsåtgärder. Mycket av det som den här bedömningen tar fram hör hemma där, och dataskyddsombudet brukar veta var förteckningen finns.
    .ref = GDPR art. 30.1

legal-secrecy-assessed = Har ni prövat om uppgifterna med sekretess får lämnas till leverantören och de andra mottagarna?
    .help = Att leverantören kommer åt uppgifterna kan vara ett utlämnande som måste vara förenligt med sekretessen. Sedan 1 juli 2023 får en myndighet enligt OSL 10 kap. 2 a § lämna uppgifter till den som enbart tekniskt bearbetar eller lagrar dem åt myndigheten, om det inte är olämpligt med hänsyn till omständigheterna (prop. 2022/23:97); regeln fanns inte när vägledningen skrevs. Prövningen ska göras och dokumenteras innan tjänsten används; för en privat utförare gäller i stället den lagstadgade tystnadsplikten.
    .ref = OSL (2009:400) 10 kap. 2 a § och 26 kap. 1 § · prop. 2022/23:97 (kontrollerat november 2026) · SKR:s vägledning (2020) avsnitt 2.5

legal-technical-only = Ska leverantören och dess underbiträden hantera uppgifterna enbart för teknisk bearbetning eller lagring åt er?
    .help = Regeln i OSL 10 kap. 2 a § och tystnadsplikten i lag (2020:914) gäller bara när leverantören hanterar uppgifterna tekniskt åt er, till exempel lagrar dem eller driver systemet. Ska leverantören använda innehållet för egna syften, som analys, statistik, produktutveckling eller träning av AI-modeller, räcker regeln inte.
    .ref = OSL (2009:400) 10 kap. 2 a § · prop. 2022/23:97 · lag (2020:914) om tystnadsplikt vid utkontraktering av teknisk bearbetning eller lagring av uppgifter (kontrollerat november 2026)

legal-unsuitable = Finns det omständigheter som gör det olämpligt att lämna uppgifterna till leverantören?
    .help = Även teknisk bearbetning och lagring är otillåten om den är olämplig med hänsyn till omständigheterna, till exempel att en mottagare kan tvingas lämna ut uppgifter till en utländsk myndighet, brister i säkerheten, personal utan straffsanktionerad tystnadsplikt eller särskilt känsliga uppgifter. eSam bedömde 2018 att uppgifter kan anses röjda när de görs tekniskt åtkomliga för en leverantör med utländsk skyldighet att lämna ut dem, och dess promemoria från 2023 anger att varken den nya sekretessregeln eller EU–US Data Privacy Framework är ett förbehållslöst klartecken. En egen bedömning krävs.
    .ref = OSL (2009:400) 10 kap. 2 a § · prop. 2022/23:97 · eSam, rättsligt uttalande om röjande och molntjänster (2018) · eSam, pm Adekvansbeslut och ny sekretessbrytande bestämmelse (2023) (kontrollerat november 2026)

legal-cybersecurity = Ingår tjänsten och leverantören i kommunens riskhantering och leverantörskontroll enligt cybersäkerhetslagen?
    .help = Cybersäkerhetslagen (2025:1506), som genomför EU:s NIS2-direktiv, gäller från 15 januari 2026 och omfattar alla kommuner. Den kräver bland annat riskhantering, incidentrapportering och säkerhet i leverantörskedjan, och det gäller också molntjänster; lagen fanns inte när vägledningen skrevs. Om en privat utförare omfattas beror på verksamheten, så stäm av med er jurist (kontrollerat november 2026).
    .ref = Cybersäkerhetslagen (2025:1506) · cybersäkerhetsförordningen (2025:1507) · direktiv (EU) 2022/2555

legal-outdated-docs = Hänvisar era egna rutiner, mallar eller avtal fortfarande till PuL, Datainspektionen, Privacy Shield, MSB eller den gamla socialtjänstlagen?
    .help = Mycket har ändrats sedan vägledningen skrevs: PuL upphävdes 2018, Datainspektionen heter Integritetsskyddsmyndigheten (IMY) sedan 1 januari 2021, Privacy Shield ogiltigförklarades av EU-domstolen 16 juli 2020, en ny socialtjänstlag (2025:400) gäller sedan 1 juli 2025 och MSB heter Myndigheten för civilt försvar (MCF) sedan 1 januari 2026 (kontrollerat november 2026). Gamla hänvisningar kan leda till fel bedömningar.
    .ref = Dataskyddslagen (2018:218) · EU-domstolen C-311/18 (Schrems II) · socialtjänstlag (2025:400)

## 6. Barn och personer med skyddade personuppgifter

children-information = Får barnen information om behandlingen i en form som ett barn förstår?
    .help = Den som registreras ska få veta vem som behandlar uppgifterna, varför, hur länge och vilka rättigheter hen har. Information som riktar sig till barn ska vara så enkel och tydlig att ett barn förstår den, till exempel en kort text, bilder eller en film anpassad efter åldern. Vägledningen tog inte upp detta särskilt.
    .ref = GDPR art. 12.1, 13 och 14 och skäl 58

children-guardian-secrecy = Kan tjänsten hålla ett barns uppgifter hemliga för vårdnadshavaren när sekretessen kräver det?
    .help = Sekretess till skydd för ett barn kan gälla också mot vårdnadshavaren, till exempel när barnet kan antas lida betydande men om uppgiften lämnas till hen. Tjänsten får då inte avslöja något för vårdnadshavaren: inga meddelanden eller påminnelser till vårdnadshavarens telefon eller e-post, ingen inloggning eller behörighet via vårdnadshavaren och inga utskick hem som röjer kontakten. Svara nej om ni inte kan styra detta per barn.
    .ref = OSL (2009:400) 12 kap. 3 § · föräldrabalken 6 kap. 11 §

children-alternative-login = Kan barn och unga som saknar BankID eller egen mobil logga in på ett annat säkert sätt?
    .help = Det finns ingen gemensam åldersgräns för BankID: den varierar mellan bankerna, och den som är under 18 behöver vårdnadshavarens medgivande, vilket inte fungerar när kontakten med socialtjänsten ska vara hemlig för vårdnadshavaren. Freja eID kräver vårdnadshavarens medgivande under 13 år. Ett alternativ är socialtjänstens eget undantag med utdelade id och avstängd historik, som frågorna om inloggning tar upp (kontrollerat november 2026).
    .ref = BankID, Frågor om beställning · DIGG, Tillitsramverk för Svensk e-legitimation, bilaga B · Freja eID, vanliga frågor (kontrollerat november 2026) · SKR:s vägledning (2020) avsnitt 2.2

protected-identity-care = Hanteras uppgifter om personer med skyddade personuppgifter med särskild försiktighet i tjänsten?
    .help = För den som har skyddad folkbokföring eller sekretessmarkering kan ett röjt boende vara livsfarligt. Kontrollera att adress och ort inte visas eller skickas vidare, att bara de som måste kan se personen, att utskick och aviseringar inte avslöjar var personen finns och att adresser som tjänsten hämtar från andra system inte visas för personer med skydd. Sekretessmarkeringen är en varningssignal om att en noggrann sekretessprövning krävs, inte ett absolut skydd.
    .ref = Folkbokföringslagen (1991:481) 16 § · OSL (2009:400) 21 kap. och 22 kap. 1 § · Skatteverkets rättsliga vägledning om sekretessmarkering

## 7. Mottagare och överföring till tredje land

transfer-subprocessors-known = Har leverantören redovisat vilka underbiträden som hanterar uppgifterna?
    .help = Leverantören ska kunna ange och ansvara för sina underbiträden och får bara anlita dem med ert godkännande; varje underbiträde ska ha samma skyldigheter som leverantören. Okända underbiträden betyder att ni inte vet var uppgifterna finns eller vem som kommer åt dem. Varje känt underbiträde läggs sedan till som en mottagare nedan.
    .ref = GDPR art. 28.2 och 28.4 · SKL:s pm Använd molntjänster på rätt sätt (2013), checklistan punkt 1
transfer-subprocessors-known--none-used = Inga underbiträden används
transfer-subprocessors-known--listed = Ja, en fullständig lista
transfer-subprocessors-known--partly = Delvis
transfer-subprocessors-known--unknown = Nej, de är okända

recipients = Vilka mottagare kommer åt uppgifterna?
    .label = Mottagare och överföringar
    .help = Lägg till en mottagare för varje part som lagrar, bearbetar eller kan nå uppgifterna: leverantören, varje underbiträde, support och drift. Ett säte eller moderbolag utanför EU/EES är inte i sig en överföring till tredje land; det är en överföring när uppgifterna lagras, bearbetas eller nås från ett land utanför EU/EES, också när en supporttekniker bara tittar på dem på en skärm. Grunden för överföringen bedöms för varje mottagare för sig, och en grund för en mottagare täcker aldrig en annan.
    .hint = En mottagare per part: leverantören, varje underbiträde, support, drift.
    .ref = GDPR art. 44–46 · EDPB:s riktlinjer 05/2021 om samspelet mellan art. 3 och kap. V, version 2.0 (14 februari 2023)
    .item = mottagare

recipient-role = Vilken roll har mottagaren?
    .label = Roll
    .help = Rollen visar varför mottagaren kommer åt uppgifterna. Support och drift är ofta egna bolag i koncernen eller underbiträden i andra länder, och de når uppgifterna på annat sätt än den som lagrar dem.
    .ref = GDPR art. 28.2 och 28.4
recipient-role--vendor = Leverantören (personuppgiftsbiträdet)
recipient-role--subprocessor = Underbiträde
recipient-role--support = Support
recipient-role--operations = Drift och underhåll
recipient-role--other = Annan mottagare

recipient-country = I vilket land är mottagaren etablerad?
    .label = Etablerad i
    .help = Mottagaren måste följa lagarna i landet där den är etablerad. Landet i sig gör inte att uppgifterna förs över, men det avgör vilken grund som kan användas och om utländsk lag kan tvinga mottagaren att lämna ut uppgifter.
    .ref = GDPR art. 3 och 44 · EDPB:s riktlinjer 05/2021, version 2.0 (2023)

recipient-parent = I vilket land har mottagarens moderbolag eller koncernledning sitt säte?
    .label = Moderbolag i
    .help = Ett svenskt eller europeiskt bolag kan ägas av en koncern i ett annat land. Ett amerikanskt moderbolag innebär att amerikansk lag, som CLOUD Act (2018), kan nå uppgifter som koncernen kontrollerar, också när de lagras i EU; det är inte en överföring men en risk som ska in i riskregistret.
    .ref = EDPB:s riktlinjer 05/2021, version 2.0 (2023) · CLOUD Act (USA, 23 mars 2018) · SKR:s vägledning (2020) avsnitt 2.6
recipient-parent--no-parent = Mottagaren har inget moderbolag

recipient-storage = I vilka länder lagrar mottagaren uppgifterna, säkerhetskopior inräknade?
    .label = Lagrar i
    .help = Var datacentren ligger avgör om uppgifterna förs över till tredje land. Glöm inte säkerhetskopior och reservdatacenter, och välj alla länder som förekommer.
    .ref = GDPR art. 44 · SKL:s pm Använd molntjänster på rätt sätt (2013), checklistan punkt 2

recipient-processing = I vilka länder bearbetar mottagaren uppgifterna?
    .label = Behandlar i
    .help = Uppgifterna kan lagras i EU men bearbetas någon annanstans, till exempel för analys, utskick eller taligenkänning. Både lagring och bearbetning är behandling, och en överföring till tredje land kräver en grund i båda fallen.
    .ref = GDPR art. 4.2 och 44 · SKL:s pm Använd molntjänster på rätt sätt (2013), checklistan punkt 3

recipient-access = Från vilka länder kan mottagarens personal nå uppgifterna, till exempel för support, felsökning eller drift?
    .label = Åtkomst från
    .help = Åtkomst från ett land utanför EU/EES är en överföring dit, även om uppgifterna lagras i Sverige och bara visas på en skärm. Support dygnet runt sköts ofta från flera världsdelar; fråga särskilt efter andra och tredje linjens support.
    .ref = GDPR art. 44 · EDPB:s riktlinjer 05/2021, version 2.0 (2023) · EDPB:s rekommendationer 01/2020, version 2.0 (18 juni 2021)

recipient-basis = Vilken grund har överföringen till den här mottagaren?
    .label = Grund för överföring
    .help = Grunden bedöms för varje mottagare, och frågan ställs också så länge ni inte vet var mottagaren lagrar, bearbetar eller når uppgifterna. För Storbritannien finns ett beslut om adekvat skyddsnivå till 27 december 2031; för USA gäller EU–US Data Privacy Framework bara om mottagaren själv är certifierad; annars behövs standardavtalsklausuler (2021/914) med en bedömning av överföringen (TIA) eller bindande företagsbestämmelser. Når mottagaren uppgifterna från flera tredje länder måste grunden täcka alla; Privacy Shield, som vägledningen nämner, ogiltigförklarades 16 juli 2020 (kontrollerat november 2026).
    .ref = GDPR art. 45–47 · kommissionens beslut (EU) 2021/914 och 2023/1795 · EU-domstolen C-311/18 · SKR:s vägledning (2020) avsnitt 2.6
recipient-basis--adequacy = Beslut om adekvat skyddsnivå för mottagarens land (inte DPF)
recipient-basis--dpf = EU–US Data Privacy Framework (mottagaren är själv certifierad)
recipient-basis--scc = Standardavtalsklausuler (2021/914)
recipient-basis--bcr = Bindande företagsbestämmelser (BCR)
recipient-basis--none = Ingen grund

recipient-dpf-certified = Finns mottagaren själv på listan över certifierade organisationer i Data Privacy Framework, och omfattar certifieringen de här uppgifterna?
    .label = DPF-certifierad
    .help = Kommissionens beslut (EU) 2023/1795 av den 10 juli 2023 gäller bara amerikanska organisationer som har självcertifierat sig; ett certifierat moderbolag täcker inte ett dotterbolag eller underbiträde som inte finns på listan. Tribunalen ogillade talan mot beslutet 3 september 2025 (Latombe, T-553/23), men domen är överklagad (C-703/25 P), och USA:s högsta domstols dom 29 juni 2026 om FTC:s oberoende (Trump v. Slaughter) har väckt nya frågor om ramverket. Ha standardavtalsklausuler som reserv (kontrollerat november 2026).
    .ref = Kommissionens genomförandebeslut (EU) 2023/1795 · T-553/23 · C-703/25 P (kontrollerat november 2026)

recipient-tia = Har överföringen till den här mottagaren bedömts (TIA), och har kompletterande åtgärder införts där det behövs?
    .label = Bedömning av överföringen (TIA)
    .help = Standardavtalsklausuler och BCR räcker inte ensamma. Ni ska, med underlag från leverantören, bedöma om lagar och praxis i mottagarlandet hindrar skyddet från att fungera, och vid behov införa kompletterande åtgärder, till exempel kryptering där bara ni har nycklarna. Vägledningen kallar Europeiska dataskyddsstyrelsen ”EPDB”; rätt förkortning är EDPB.
    .ref = GDPR art. 46 · EU-domstolen C-311/18 · EDPB:s rekommendationer 01/2020, version 2.0 (18 juni 2021)

recipient-staff-confidentiality = Har mottagarens personal som når uppgifterna utanför Sverige en straffsanktionerad tystnadsplikt som motsvarar den svenska?
    .label = Tystnadsplikt för personalen
    .help = Lag (2020:914) om tystnadsplikt vid utkontraktering av teknisk bearbetning eller lagring av uppgifter ger personalen hos en leverantör som bara tekniskt bearbetar eller lagrar uppgifter åt en myndighet en tystnadsplikt med straffansvar enligt brottsbalken 20 kap. 3 §, och OSL 10 kap. 2 a § bygger på den. Lagen är svensk och når i praktiken personal i Sverige; för personal i andra länder behöver ni veta om landets lag ger ett motsvarande straffansvar. En avtalad tystnadsplikt ersätter inte ett straffansvar.
    .ref = Lag (2020:914) · prop. 2019/20:201 · brottsbalken 20 kap. 3 § · SKR:s vägledning (2020) avsnitt 2.6 (kontrollerat november 2026)

## 8. Storbritannien

uk-adequacy-checked = Har ni kontrollerat att EU:s beslut om adekvat skyddsnivå för Storbritannien fortfarande gäller och täcker er överföring?
    .help = Storbritannien är tredje land sedan brexit. Kommissionens beslut av den 28 juni 2021 förlängdes till 27 december 2025 och förnyades genom nya genomförandebeslut den 19 december 2025, som gäller till 27 december 2031 (kontrollerat november 2026). Så länge beslutet gäller behövs ett personuppgiftsbiträdesavtal men inga standardavtalsklausuler; vägledningen skrevs under övergångsperioden, innan detta var känt.
    .ref = Kommissionens genomförandebeslut (EU) 2021/1772, förlängt 2025 och förnyat genom nya genomförandebeslut 19 december 2025 · GDPR art. 45 · SKR:s vägledning (2020) avsnitt 3

uk-fallback = Reglerar avtalet vad som gäller om beslutet om adekvat skyddsnivå för Storbritannien upphör?
    .help = Ett beslut om adekvat skyddsnivå kan upphävas eller ändras, till exempel om brittisk lag ändras, och det nuvarande gäller till 27 december 2031. Avtalet bör säga att standardavtalsklausuler då ska ingås eller att uppgifterna ska flyttas till EU/EES, så att ni inte står utan grund för överföringen.
    .ref = GDPR art. 45.5 och 46 · kommissionens beslut (EU) 2021/914

## Iakttagelser: bedömningen

finding-controller-unclear = Det är oklart vem som är personuppgiftsansvarig, och därmed vem som bär ansvaret för tjänsten
    .action = Jurist eller dataskyddsombud tar fram, utifrån nämndernas reglementen, om socialnämnden, en annan nämnd eller den privata utföraren är personuppgiftsansvarig, och informationsägaren antecknar det innan arbetet fortsätter.
    .help = Den personuppgiftsansvarige ska göra konsekvensbedömningen, teckna biträdesavtalet och föra in behandlingen i registerförteckningen (GDPR art. 24, 28 och 30, SoLPUF 2001:637).

finding-participants-missing = Informationssäkerhetsansvarig eller jurist/dataskyddsombud har inte deltagit i bedömningen
    .action = Systemförvaltaren bjuder in de roller som saknas till en uppföljning, eller låter dem granska svaren efteråt, och dokumenterar deras synpunkter.
    .help = Vägledningen rekommenderar att informationssäkerhetsansvarig leder arbetet och att jurist eller dataskyddsombud deltar, och dataskyddsombudets råd ska inhämtas vid en konsekvensbedömning (SKR:s vägledning avsnitt 2.7, GDPR art. 35.2).

finding-already-in-use = Tjänsten används redan, så bedömningen görs i efterhand
    .action = Informationsägaren ser till att bedömningen blir klar snarast och prövar under tiden om användningen ska begränsas, till exempel till uppgifter utan sekretess.
    .help = Bedömningen ska göras innan behandlingen börjar; saknas den för en pågående behandling ska den göras nu (GDPR art. 35.1, SKR:s vägledning avsnitt 1.2).

finding-in-use-serious-gaps = Tjänsten används redan för uppgifter med sekretess eller känsliga uppgifter trots allvarliga brister
    .action = Nämnden, genom informationsägaren, stoppar eller begränsar användningen nu, till exempel till uppgifter utan sekretess, tills bristerna är åtgärdade. Jurist eller dataskyddsombud bedömer samma dag om det har skett en personuppgiftsincident som ska anmälas till IMY inom 72 timmar från att ni fick kännedom om den, och om ett röjande kan ha inneburit brott mot tystnadsplikten.
    .help = Allvarliga brister är här: ingen känd grund för en överföring eller DPF som grund utan certifierad amerikansk mottagare, inget biträdesavtal, ett olämpligt eller otillåtet utlämnande enligt OSL 10 kap. 2 a §, ingen loggning av åtkomst, okrypterad överföring eller information som inte passar i en molntjänst. En personuppgiftsincident ska anmälas utan onödigt dröjsmål och om möjligt inom 72 timmar (GDPR art. 33.1) och alla incidenter dokumenteras (art. 33.5); brott mot tystnadsplikt regleras i brottsbalken 20 kap. 3 §.

## Iakttagelser: konsekvensbedömning

finding-dpia-required = Konsekvensbedömning krävs men är inte klar: minst två av IMY:s kriterier är uppfyllda
    .action = Informationsägaren ser till att avsnittet Konsekvensbedömningen fylls i (beskrivning, nödvändighet och proportionalitet, dataskyddsombudets råd) och att riskregistret är komplett innan tjänsten tas i bruk; jurist eller dataskyddsombud granskar, och nämnden beslutar.
    .help = Enligt IMY:s förteckning enligt art. 35.4 krävs i regel en konsekvensbedömning när minst två av nio kriterier är uppfyllda, och den ska göras före behandlingen (GDPR art. 35.1, 35.2 och 35.7; kontrollerat november 2026).

finding-dpia-skipped = Ingen konsekvensbedömning trots att minst två kriterier är uppfyllda, och beslutet är inte dokumenterat
    .action = Jurist eller dataskyddsombud motiverar skriftligt varför behandlingen inte bedöms leda till hög risk och dokumenterar dataskyddsombudets synpunkter; informationsägaren sparar båda med bedömningen. Överväg att ändå göra konsekvensbedömningen här.
    .help = Att avstå trots att kriterierna talar för en konsekvensbedömning går bara att försvara om skälen och dataskyddsombudets synpunkter finns dokumenterade (GDPR art. 5.2 och 35, IMY:s förteckning enligt art. 35.4).

## Iakttagelser: kartläggning, barn och skyddade personuppgifter

finding-unsuitable-for-cloud = Informationen bedöms inte vara lämplig att hantera i en molntjänst
    .action = Använd inte tjänsten för den här informationen. Informationsägaren föreslår om användningen kan avgränsas, till exempel till uppgifter utan sekretess, eller om en annan lösning ska väljas, och nämnden beslutar.
    .help = Kartläggningen ska avgöra om det över huvud taget är lämpligt att hantera informationen i en molntjänst (SKR:s vägledning avsnitt 2.5).

finding-document-storage-sensitive = En tjänst för lagring och delning av dokument ska hålla uppgifter med sekretess eller känsliga uppgifter, som sådana tjänster sällan har skydd för
    .action = Informationssäkerhetsansvarig prövar om tjänsten har det skydd som klassningen kräver (behörigheter, loggning, kryptering och säkerhetskopior); annars begränsar informationsägaren användningen till uppgifter utan sekretess, och de känsliga uppgifterna hanteras i verksamhetssystemet.
    .help = SKL:s pm Använd molntjänster på rätt sätt (2013) varnar för att tjänster för lagring och delning, som medarbetare ofta börjar använda på egen hand, sällan har det skydd som uppgifter med sekretess behöver.

finding-free-text = Fritextfält gör att onödiga och känsliga uppgifter kan hamna hos leverantören
    .action = Systemförvaltaren tar bort fritextfälten, eller begränsar antalet tecken om de verkligen behövs, och användarna får skriftliga instruktioner om att inte skriva namn eller onödiga känsliga uppgifter.
    .help = Uppgifter som inte behövs för ändamålet får inte samlas in (GDPR art. 5.1 c och 25, SKR:s vägledning avsnitt 2.3).

finding-child-information = Barnen får inte information om behandlingen i en form de förstår, som GDPR kräver
    .action = Informationsägaren tar fram information om behandlingen anpassad efter barnens ålder, och jurist eller dataskyddsombud granskar den innan tjänsten används.
    .help = Information som riktar sig till barn ska vara så tydlig och enkel att ett barn förstår den (GDPR art. 12.1 och skäl 58).

finding-guardian-secrecy = Tjänsten kan röja ett barns uppgifter för vårdnadshavaren trots sekretess
    .action = IT-arkitekt och systemförvaltare ser till att meddelanden, inloggning och utskick kan styras per barn så att inget når vårdnadshavaren när sekretess gäller; går det inte, använder ni inte tjänsten för de barnen. Jurist eller dataskyddsombud tar med risken i riskregistret.
    .help = Sekretess till skydd för en underårig gäller också mot vårdnadshavaren om barnet kan antas lida betydande men av att uppgiften lämnas ut (OSL 12 kap. 3 §).

finding-minor-login = Barn och unga utan BankID eller egen mobil kan inte logga in säkert, så de kan stängas ute eller röjas för vårdnadshavaren
    .action = Systemförvaltaren ordnar ett annat säkert sätt att logga in, till exempel utdelade id med avstängd historik enligt vägledningens undantag, eller att barnet fyller i uppgifterna hos socialtjänsten.
    .help = BankID kräver vårdnadshavarens medgivande under 18 år och åldersgränsen varierar mellan bankerna (kontrollerat november 2026). Att kräva e-legitimation kan då stänga ute barn eller röja kontakten för vårdnadshavaren.

finding-protected-identity = Uppgifter om personer med skyddade personuppgifter hanteras inte med särskild försiktighet
    .action = Informationssäkerhetsansvarig och systemförvaltare ser till att adress och ort inte visas eller skickas ut, att åtkomsten begränsas till dem som måste ha den och att en rutin för skyddade personuppgifter gäller för tjänsten; risken förs in i riskregistret.
    .help = Ett röjt boende kan utsätta personen för våld eller förföljelse (folkbokföringslagen 16 §, OSL 21 kap. och 22 kap. 1 §).

## Iakttagelser: klassning

finding-classification-missing = Informationen är inte klassad, så det finns ingen grund för skyddskraven
    .action = Informationsägaren klassar varje informationsmängd enligt KLASSA 4.0 tillsammans med informationssäkerhetsansvarig, och resultatet används som krav i upphandlingen och avtalet.
    .help = Utan klassning går det inte att avgöra vilka skyddsåtgärder tjänsten kräver (GDPR art. 32, SKR:s vägledning avsnitt 2.7, KLASSA 4.0).

finding-no-information-sets = Inga informationsmängder är listade, så tjänsten saknar nivåer och skyddskrav
    .action = Informationsägaren listar de informationsmängder tjänsten ska hålla (också inloggningar och loggar) och klassar var och en tillsammans med informationssäkerhetsansvarig.
    .help = Tjänstens nivå per aspekt är den högsta bland informationsmängderna, och nivåerna styr vilka skyddsåtgärder som frågas efter (KLASSA 4.0).

finding-class-level-4 = Minst en informationsmängd har nivå 4, som KLASSA inte ger några skyddsåtgärder för
    .action = Informationssäkerhetsansvarig gör en separat analys av skyddsbehovet för de mängderna innan tjänsten väljs, och informationsägaren prövar om de kan hållas utanför molntjänsten. Åtgärderna i det här formuläret räcker inte för nivå 4.
    .help = KLASSA 4.0 har ingen handlingsplan och inga upphandlingskrav för nivå 4 (synnerligen allvarlig); SKR rekommenderar en separat analys. Uppgifter om socialtjänstens klienter ligger typiskt på nivå 3, så kontrollera att nivå 4 är rätt.

## Iakttagelser: lagar och sekretess

finding-legal-basis-unclear = Det är inte klarlagt att behandlingen ryms inom dataskyddsreglerna för socialtjänsten, så den kan sakna rättslig grund
    .action = Jurist eller dataskyddsombud stämmer av ändamål och uppgifter mot GDPR, dataskyddslagen (2018:218), SoLPUL (2001:454) och SoLPUF (2001:637) och dokumenterar bedömningen.
    .help = Utan rättslig grund och bestämda ändamål är behandlingen otillåten, hur säker tjänsten än är (GDPR art. 5.1 b och 6). PuL, som SKL:s pm från 2013 utgår från, gäller inte sedan 2018.

finding-who-how-where-unknown = Det är oklart vem som hanterar informationen, hur och var, så utlämnandet går inte att bedöma
    .action = Upphandlaren eller systemförvaltaren begär att leverantören skriftligt redovisar alla mottagare (också underbiträden, support och drift), vad de gör och i vilka länder, och informationsägaren väntar med beslut tills redovisningen finns.
    .help = Utan den kunskapen går det inte att bedöma om utlämnandet är lagligt eller lämpligt (SKR:s vägledning avsnitt 2.5, GDPR art. 28.1).

finding-gdpr-basis-unclear = Den rättsliga grunden för behandlingen är inte fastställd
    .action = Jurist eller dataskyddsombud fastställer grunden enligt GDPR art. 6, och undantaget enligt art. 9 för känsliga personuppgifter, innan tjänsten används och för in den i registerförteckningen.
    .help = Utan rättslig grund är behandlingen inte laglig (GDPR art. 5.1 a och 6.1); det gäller också tjänster utan klientuppgifter, till exempel för schemaläggning eller personalfrågor.

finding-no-register-entry = Behandlingen finns inte i registerförteckningen, som GDPR kräver
    .action = Jurist eller dataskyddsombud för, tillsammans med systemförvaltaren, in behandlingen i den personuppgiftsansvariges förteckning innan tjänsten används, med ändamål, kategorier, mottagare, överföringar, gallringsfrister och säkerhetsåtgärder.
    .help = Den personuppgiftsansvarige ska föra en förteckning över sina behandlingar (GDPR art. 30.1).

finding-secrecy-not-assessed = Sekretessprövningen är inte gjord, så det är inte visat att uppgifterna får lämnas till leverantören
    .action = Jurist eller dataskyddsombud prövar och dokumenterar, innan tjänsten används, om uppgifterna får lämnas till leverantören och varje mottagare enligt OSL 10 kap. 2 a § (enbart teknisk bearbetning eller lagring, om det inte är olämpligt).
    .help = Regeln gäller sedan 1 juli 2023 (prop. 2022/23:97) och kräver en bedömning av omständigheterna i det enskilda fallet (kontrollerat november 2026).

finding-secrecy-beyond-technical = Leverantören ska använda uppgifterna till mer än teknisk bearbetning eller lagring, vilket sekretessundantaget inte täcker
    .action = Upphandlaren begränsar avtalet så att leverantören bara bearbetar och lagrar uppgifterna tekniskt åt er, eller så prövar jurist eller dataskyddsombud om det finns annat lagstöd för utlämnandet. Finns inget stöd använder ni inte tjänsten för uppgifter med sekretess.
    .help = OSL 10 kap. 2 a § och lag (2020:914) omfattar bara den som enbart tekniskt bearbetar eller lagrar uppgifter åt myndigheten (prop. 2022/23:97, kontrollerat november 2026).

finding-secrecy-unsuitable = Det kan vara olämpligt, och då otillåtet, att lämna uppgifterna till leverantören
    .action = Jurist eller dataskyddsombud och informationssäkerhetsansvarig går igenom omständigheterna (utländsk lag, säkerhet, tystnadsplikt, uppgifternas känslighet), avgör om åtgärder som kryptering med nycklar bara ni har räcker, och för annars fram till nämnden att tjänsten inte ska användas för uppgifter med sekretess.
    .help = Är utlämnandet olämpligt med hänsyn till omständigheterna gäller inte undantaget i OSL 10 kap. 2 a §. eSam:s promemoria från 2023 betonar att en egen bedömning krävs (kontrollerat november 2026).

finding-cybersecurity-act = Tjänsten ingår inte i kommunens riskhantering, som cybersäkerhetslagen kräver
    .action = Informationssäkerhetsansvarig för in tjänsten och leverantören i kommunens riskhantering, incidentrapportering och leverantörskontroll enligt cybersäkerhetslagen (2025:1506).
    .help = Lagen gäller från 15 januari 2026 och omfattar alla kommuner, med krav på riskhantering och säkerhet i leverantörskedjan (kontrollerat november 2026).

finding-outdated-references = Egna dokument hänvisar till upphävda regler eller gamla namn, vilket kan leda till fel bedömningar
    .action = Systemförvaltaren uppdaterar rutiner, mallar och avtal med jurist eller dataskyddsombud: GDPR och dataskyddslagen i stället för PuL, IMY i stället för Datainspektionen, socialtjänstlagen (2025:400) i stället för 2001:453, MCF i stället för MSB, och DPF eller standardavtalsklausuler i stället för Privacy Shield.
    .help = PuL upphävdes 2018, Datainspektionen bytte namn 1 januari 2021, Privacy Shield ogiltigförklarades 16 juli 2020, den nya socialtjänstlagen gäller från 1 juli 2025 och MSB blev MCF 1 januari 2026 (kontrollerat november 2026).

## Iakttagelser: mottagare och överföring, en mottagare i taget

finding-unknown-subprocessors = Leverantörens underbiträden är inte helt kända, så ni vet inte var uppgifterna finns eller vem som når dem
    .action = Upphandlaren begär en fullständig lista över underbiträden med land, uppgift och åtkomst, och att ändringar meddelas i förväg; systemförvaltaren lägger till varje underbiträde som mottagare.
    .help = Biträdet får inte anlita underbiträden utan ert godkännande, och ni måste veta var uppgifterna finns (GDPR art. 28.2 och 28.4).

finding-no-recipients = Inga mottagare är listade, så överföringarna går inte att bedöma
    .action = Systemförvaltaren listar leverantören, varje underbiträde, support och drift som mottagare, med underlag från leverantören.
    .help = Grunden för en överföring bedöms för varje mottagare för sig (GDPR art. 44–46).

finding-vendor-not-listed = Leverantören själv finns inte bland mottagarna, så dess lagring, bearbetning och åtkomst är inte bedömd
    .action = Systemförvaltaren lägger till leverantören som mottagare med rollen leverantör och fyller i, med underlag från leverantören, var den lagrar, bearbetar och når uppgifterna.
    .help = Grunden för en överföring bedöms för varje mottagare, och leverantören behandlar alltid uppgifterna (GDPR art. 28 och 44).

finding-no-transfer-basis = Minst en mottagare når uppgifterna från tredje land utan känd grund för överföringen
    .action = Använd inte tjänsten för personuppgifter förrän jurist eller dataskyddsombud har fastställt en grund för varje sådan mottagare (adekvat skyddsnivå, DPF-certifiering, standardavtalsklausuler 2021/914 eller BCR), eller upphandlaren har krävt att mottagaren bara lagrar, bearbetar och når uppgifterna inom EU/EES.
    .help = Överföring utan grund strider mot GDPR art. 44. Privacy Shield gäller inte sedan 16 juli 2020 (C-311/18).

finding-adequacy-does-not-cover = Ett beslut om adekvat skyddsnivå anges som grund för en mottagare som också når uppgifterna från ett land utan sådant beslut
    .action = Jurist eller dataskyddsombud ordnar en grund som täcker också de länderna för den mottagaren, oftast standardavtalsklausuler (2021/914) med en bedömning av överföringen, eller så kräver upphandlaren att åtkomsten därifrån upphör.
    .help = Ett beslut om adekvat skyddsnivå gäller bara det land det avser (GDPR art. 45); för USA gäller DPF bara certifierade mottagare.

finding-dpf-not-us-recipient = Data Privacy Framework anges som grund för en mottagare utanför USA, men ramverket gäller bara certifierade amerikanska mottagare
    .action = Jurist eller dataskyddsombud ordnar en annan grund för den mottagaren, till exempel standardavtalsklausuler (2021/914) med en bedömning av överföringen; en certifierad amerikansk koncernmedlem täcker inte andra bolag.
    .help = Beslutet (EU) 2023/1795 gäller bara överföringar till organisationer i USA som själva är certifierade.

finding-us-no-dpf = En mottagare i USA har ingen bekräftad DPF-certifiering, så ramverket kan inte vara grund för överföringen
    .action = Systemförvaltaren kontrollerar mottagaren på dataprivacyframework.gov. Saknas certifiering ordnar jurist eller dataskyddsombud standardavtalsklausuler (2021/914), en bedömning av överföringen och kompletterande åtgärder innan personuppgifter förs över.
    .help = Beslutet 2023/1795 gäller bara självcertifierade organisationer. Tribunalen ogillade talan mot det 3 september 2025 (T-553/23), men domen är överklagad (C-703/25 P) (kontrollerat november 2026).

finding-tia-missing = Bedömning av överföringen (TIA) saknas för minst en mottagare, så det är inte visat att skyddet fungerar i praktiken
    .action = Jurist eller dataskyddsombud bedömer, med underlag från leverantören, lagar och praxis i mottagarens land, och informationssäkerhetsansvarig beslutar om kompletterande åtgärder, till exempel kryptering där bara ni har nycklarna.
    .help = EDPB:s rekommendationer 01/2020 (version 2.0, 18 juni 2021) beskriver stegen. Standardavtalsklausuler räcker inte om mottagarlandets lag hindrar skyddet (C-311/18).

finding-cloud-act = En mottagare står under amerikansk kontroll, men risken för utlämnande enligt amerikansk lag finns inte i riskregistret
    .action = Informationssäkerhetsansvarig lägger till risken i riskregistret med följden ”en utländsk myndighet kräver ut uppgifter”, och jurist eller dataskyddsombud väger in den i sekretessprövningen. Risken gäller också när uppgifterna lagras i EU och när mottagaren är DPF-certifierad; överväg kryptering med nycklar bara ni har, eller en mottagare utan amerikansk ägare för uppgifter med sekretess.
    .help = CLOUD Act (23 mars 2018) låter amerikanska myndigheter kräva ut uppgifter som ett bolag har i sin besittning eller kontroll, oavsett var de lagras. Det är ingen överföring enligt GDPR kap. V men en risk som kan göra utlämnandet olämpligt enligt OSL 10 kap. 2 a §. Även FISA avsnitt 702 räknas hit; dess lagstöd löpte ut 12 juni 2026 medan insamling fortsätter med stöd av tidigare certifieringar, så läget kan ändras (kontrollerat november 2026).

finding-staff-confidentiality = Det är oklart om mottagarens personal utanför Sverige har straffsanktionerad tystnadsplikt, så ett röjande där kanske inte är straffbart
    .action = Upphandlaren ber leverantören visa vilken lagstadgad, straffsanktionerad tystnadsplikt som gäller för personalen i de aktuella länderna och skriver in tystnadsplikt i avtalet; jurist eller dataskyddsombud väger in svaret i sekretessprövningen.
    .help = Lag (2020:914) ger personalen hos en leverantör som enbart tekniskt bearbetar eller lagrar uppgifter en straffsanktionerad tystnadsplikt (brottsbalken 20 kap. 3 §), men den når i praktiken personal i Sverige. Ett avtal ersätter inte ett straffansvar.

finding-uk-adequacy = En mottagare finns i Storbritannien, där adekvat skyddsnivå gäller till 27 december 2031
    .action = Upphandlaren tecknar personuppgiftsbiträdesavtal med den brittiska parten; standardavtalsklausuler behövs inte så länge beslutet gäller. Systemförvaltaren sätter en påminnelse att följa upp beslutet i god tid före 27 december 2031.
    .help = Kommissionens beslut av den 28 juni 2021 förlängdes till 27 december 2025 och förnyades genom nya genomförandebeslut 19 december 2025, som gäller till 27 december 2031 (kontrollerat november 2026). Vägledningens avsnitt om brexit är inaktuellt.

finding-uk-adequacy-unchecked = Det är inte kontrollerat att beslutet om adekvat skyddsnivå för Storbritannien gäller
    .action = Jurist eller dataskyddsombud kontrollerar på kommissionens sida om beslut om adekvat skyddsnivå att beslutet gäller och täcker överföringen, och antecknar datum för kontrollen.
    .help = Beslutet kan ändras eller upphävas före 27 december 2031 (GDPR art. 45.5; kontrollerat november 2026).

finding-uk-no-fallback = Avtalet säger inte vad som gäller om beslutet för Storbritannien upphör, så överföringen kan bli utan grund
    .action = Upphandlaren skriver in i avtalet att standardavtalsklausuler (2021/914) ingås, eller att uppgifterna flyttas till EU/EES, om beslutet om adekvat skyddsnivå upphör.
    .help = Utan reserv står överföringen utan grund den dag beslutet upphör (GDPR art. 45.5 och 46).

## Motsägelser (rapporteras av molnkoll check)

contradiction-no-personal-data-but-sensitive = Svaren säger att inga personuppgifter behandlas, men också att känsliga personuppgifter eller uppgifter om lagöverträdelser behandlas.
contradiction-no-personal-data-but-children = Svaren säger att inga personuppgifter behandlas, men också att uppgifterna gäller barn eller personer i utsatt ställning.
contradiction-no-personal-data-but-personal-sets = Svaren säger att inga personuppgifter behandlas, men en informationsmängd innehåller personuppgifter.
contradiction-no-children-but-children-sets = Svaren säger att uppgifterna inte gäller barn, men en informationsmängd gäller barn.
contradiction-vulnerable-sets-not-screened = En informationsmängd gäller barn eller personal, men kriteriet om personer i utsatt ställning är besvarat med nej. Barn och anställda räknas som sårbara registrerade.
contradiction-lvu-without-children = Verksamheten bedrivs enligt LVU, men svaren säger att uppgifterna inte gäller barn. LVU gäller vård av barn och unga, så uppgifterna gäller nästan alltid barn.
contradiction-children-not-vulnerable = Uppgifterna gäller barn, men kriteriet om personer i utsatt ställning är besvarat med nej. Barn räknas alltid som sårbara registrerade.
contradiction-sensitive-sets-not-screened = En informationsmängd innehåller känsliga personuppgifter eller uppgifter om lagöverträdelser, men kriteriet om känsliga uppgifter i urvalet inför konsekvensbedömning är besvarat med nej.
contradiction-no-client-data-but-client-sets = Svaren säger att tjänsten inte håller klientuppgifter, men en informationsmängd gäller vuxna klienter eller brukare, innehåller uppgifter ur ärenden eller har socialtjänstsekretess.
contradiction-residual-risk-high-but-overall-not = Minst en risk i riskregistret är fortfarande hög efter åtgärderna, men den samlade bedömningen säger att ingen hög risk kvarstår.
contradiction-click-through-but-negotiated-dpa = Avtalet är ett klickavtal, men personuppgiftsbiträdesavtalet anges bygga på SKR:s mall. Ett klickavtal går sällan att förhandla; kontrollera vilket avtal som faktiskt gäller.
## Säkerhetsåtgärder som klassningen kräver
## Varje åtgärd ställs från den nivå i klassningen som kräver den och självskattas, som i KLASSA:s
## handlingsplan, på molnkolls skala uppfyllt, delvis, ej uppfyllt eller ej tillämpligt. Åtgärderna är
## skrivna med egna ord; ISO/IEC 27002:2022-numren är standardens, inte KLASSA:s (KLASSA bygger på
## 2017 års utgåva). `.requirement` är åtgärden som krav på leverantören vid upphandling.

req-access-control = Styrs behörigheterna så att varje användare bara kommer åt de uppgifter hen behöver i sitt arbete?
    .label = Behörighetsstyrning
    .help = Behörigheter ska ges efter behovet i arbetet, inte efter vad som är tekniskt enkelt. Kontrollera att tjänsten har roller och kan begränsa åtkomsten per enhet, ärende eller informationsmängd, och att det finns en rutin för att ge, ändra och ta bort behörigheter när någon byter arbete eller slutar. Det gäller också administratörer och leverantörens egen personal och support.
    .ref = GDPR art. 5.1 f, 25 och 32 · KLASSA 4.0, konfidentialitet · ISO/IEC 27002:2022 5.15, 5.18 och 8.3 (KLASSA:s krav bygger på utgåvan från 2017, med annan numrering)
    .hint = Frågan ställs när konfidentialiteten har klassats på nivå 1 eller högre.
    .requirement = Leverantören ska erbjuda behörighetsstyrning där kunden själv tilldelar, ändrar och tar bort behörigheter per roll och per enhet eller ärende, så att varje användare bara når de uppgifter som behövs i arbetet. Leverantörens och underbiträdenas personal ska bara få åtkomst till kundens uppgifter när det behövs för att fullgöra avtalet, och den åtkomsten ska loggas.

req-strong-authentication = Loggar alla användare och administratörer in med stark autentisering, alltså minst två faktorer?
    .label = Stark autentisering
    .help = Med bara lösenord kan den som får tag på eller gissar det uppträda som användaren utan att någon märker det. Stark autentisering är till exempel e-legitimation (BankID, Freja+, SITHS eID), engångskod eller säkerhetsnyckel; det gäller också administratörer och leverantörens support. Hur personal och enskilda loggar in frågar vi om i detalj längre fram i avsnittet.
    .ref = GDPR art. 32.1 b · KLASSA 4.0, konfidentialitet · ISO/IEC 27002:2022 5.17 och 8.5 · HSLF-FS 2016:40 (som förebild)
    .hint = Frågan ställs när konfidentialiteten har klassats på nivå 2 eller högre.
    .requirement = Leverantören ska kräva autentisering med minst två faktorer för alla användare och administratörer och stödja inloggning med svensk e-legitimation på tillitsnivå 3 enligt DIGG:s tillitsramverk (till exempel BankID, Freja+ eller SITHS eID), gärna via kundens egen identitetslösning.

req-access-review = Går ni regelbundet igenom vem som har vilka behörigheter, så att ingen har kvar åtkomst hen inte längre behöver?
    .label = Uppföljning av behörigheter
    .help = Behörigheter växer med tiden: personal byter enhet, vikarier slutar och konton blir kvar. Bestäm hur ofta behörigheterna ska gås igenom, till exempel varje år och alltid när någon slutar, och vem som gör det. Tjänsten behöver kunna visa en lista över användare, administratörer och deras behörigheter.
    .ref = GDPR art. 5.1 f och 32.1 d · KLASSA 4.0, konfidentialitet · ISO/IEC 27002:2022 5.18 och 8.2
    .hint = Frågan ställs när konfidentialiteten har klassats på nivå 2 eller högre.
    .requirement = Leverantören ska ge kunden möjlighet att när som helst själv ta fram en aktuell förteckning över användare, administratörer och deras behörigheter med senaste inloggning, och ska på begäran redovisa vilka av leverantörens och underbiträdenas medarbetare som har behörighet till kundens uppgifter.

req-encryption-transit = Krypteras all överföring av uppgifterna, mellan användarna, era system och tjänsten och inom leverantörens egen miljö?
    .label = Kryptering vid överföring
    .help = Uppgifter som skickas över internet eller andra öppna nät kan avlyssnas eller ändras på vägen. All trafik ska krypteras med en aktuell version av TLS, också i appar, kopplingar till verksamhetssystemet och överföringar till underbiträden. Okrypterad överföring av uppgifter om enskilda är en allvarlig brist.
    .ref = GDPR art. 32.1 a · SKL:s pm Använd molntjänster på rätt sätt (2013), Sekretess och säkerhet · SKR:s vägledning avsnitt 2.2 · ISO/IEC 27002:2022 8.24
    .hint = Frågan ställs när konfidentialiteten har klassats på nivå 1 eller högre.
    .requirement = Leverantören ska kryptera all överföring av kundens uppgifter, mellan användare och tjänsten, mellan tjänsten och kundens system och inom och mellan leverantörens och underbiträdenas datacenter, med aktuella och allmänt erkända protokoll (till exempel TLS 1.2 eller senare), och ska inte tillåta okrypterade anslutningar.

req-encryption-rest = Är uppgifterna krypterade där de lagras, också i säkerhetskopior, loggar och tillfälliga filer?
    .label = Kryptering i lagring
    .help = Kryptering av lagrade uppgifter skyddar om någon kommer åt diskar, säkerhetskopior eller lagringskonton. Den skyddar inte mot leverantören själv så länge leverantören har nycklarna; det tar nästa fråga upp när konfidentialiteten är på nivå 3. På nivå 3 är okrypterad lagring en allvarlig brist.
    .ref = GDPR art. 32.1 a · KLASSA 4.0, konfidentialitet · ISO/IEC 27002:2022 8.24
    .hint = Frågan ställs när konfidentialiteten har klassats på nivå 2 eller högre.
    .requirement = Leverantören ska kryptera kundens uppgifter i lagring, inklusive säkerhetskopior, loggar och tillfälliga filer, med allmänt erkända algoritmer, och redovisa hur krypteringen och hanteringen av nycklarna är ordnad.

req-key-custody = Har ni, och inte leverantören, kontroll över nycklarna som uppgifterna är krypterade med?
    .label = Egen kontroll över nycklarna
    .help = Har leverantören nycklarna kan leverantören, eller en myndighet som kräver ut uppgifterna av den, läsa dem. Nycklar som bara ni förvaltar, i egen nyckelhantering eller hos en separat part, är den kompletterande åtgärd som EDPB beskriver mot utlämnande enligt utländsk lag, men fungerar bara om tjänsten inte behöver läsa uppgifterna i klartext hos leverantören. Bestäm också vad som händer om en nyckel går förlorad.
    .ref = GDPR art. 32.1 a · EDPB:s rekommendationer 01/2020 v2.0 (18 juni 2021), bilaga 2 · OSL (2009:400) 10 kap. 2 a §
    .hint = Frågan ställs när konfidentialiteten har klassats på nivå 3 eller högre.
    .requirement = Leverantören ska erbjuda kryptering där kunden själv skapar, förvarar och kan återkalla nycklarna, så att varken leverantören eller dess underbiträden kan läsa kundens uppgifter i klartext utan kundens medverkan, och ska redovisa vilka delar av tjänsten som ändå behandlar uppgifter i klartext.

req-inactivity-lock = Låses sessionen eller loggas användaren ut automatiskt efter en kort stunds inaktivitet?
    .label = Låsning vid inaktivitet
    .help = En obevakad dator eller mobil med en öppen session ger vem som helst tillgång till uppgifterna. Automatisk låsning eller utloggning efter några minuter, med en tid som ni själva kan ställa in, minskar risken. I mobilen behöver appen låsa sig även när enheten inte gör det.
    .ref = GDPR art. 32 · SKR:s vägledning avsnitt 2.2 · KLASSA 4.0, konfidentialitet
    .hint = Frågan ställs när konfidentialiteten har klassats på nivå 2 eller högre.
    .requirement = Leverantören ska låsa eller avsluta inaktiva sessioner automatiskt efter en tid som kunden kan ställa in, i webbläsare och i appar, och kräva ny inloggning därefter.

req-integrity-protection = Skyddas uppgifterna mot obehöriga och oavsiktliga ändringar, och syns det vem som har ändrat vad och när?
    .label = Skydd mot ändring
    .help = Beslut om enskilda bygger på att uppgifterna stämmer. Tjänsten bör begränsa vem som kan ändra och radera, spara tidigare versioner eller en ändringshistorik med vem och när, och kontrollera att uppgifter som förs över till eller från verksamhetssystemet inte förvanskas.
    .ref = GDPR art. 5.1 d och 32.1 b · KLASSA 4.0, riktighet
    .hint = Frågan ställs när riktigheten har klassats på nivå 2 eller högre.
    .requirement = Leverantören ska skydda kundens uppgifter mot obehörig och oavsiktlig ändring och radering, registrera varje ändring med användare och tidpunkt, bevara tidigare versioner under avtalad tid och kontrollera att uppgifter som förs över till och från kundens system inte förändras.

req-backup = Säkerhetskopieras uppgifterna regelbundet, åtskilt från tjänsten, så att ni kan få tillbaka dem?
    .label = Säkerhetskopiering
    .help = Säkerhetskopior skyddar mot förlust vid tekniska fel, misstag, sabotage och utpressningsprogram. De ska tas så ofta att förlusten vid ett fel blir godtagbar, hållas åtskilda från driftmiljön och skyddas lika väl som originalet, också när det gäller kryptering och land. Enkla tjänster för lagring och delning saknar ofta säkerhetskopiering; för uppgifter med sekretess eller känsliga uppgifter är det en allvarlig brist.
    .ref = GDPR art. 32.1 b och c · SKL:s pm (2013), Hantering av allmänna handlingar · KLASSA 4.0, tillgänglighet och riktighet · ISO/IEC 27002:2022 8.13
    .hint = Frågan ställs när tillgängligheten har klassats på nivå 1 eller högre, eller riktigheten på nivå 2 eller högre.
    .requirement = Leverantören ska säkerhetskopiera kundens uppgifter med den frekvens och lagringstid som avtalas, förvara kopiorna åtskilda från driftmiljön, krypterade och i de länder som avtalet anger, och kunna återställa hela eller delar av kundens uppgifter inom avtalad tid.

req-restore-test = Har återställning från säkerhetskopia provats, och görs det regelbundet?
    .label = Prov av återställning
    .help = En säkerhetskopia som aldrig har återställts på prov är ingen garanti. Be leverantören visa när återställning senast provades och hur lång tid den tog, eller prova själva med en del av uppgifterna.
    .ref = GDPR art. 32.1 c och d · KLASSA 4.0, tillgänglighet · ISO/IEC 27002:2022 8.13
    .hint = Frågan ställs när tillgängligheten har klassats på nivå 2 eller högre.
    .requirement = Leverantören ska minst en gång per år och efter större förändringar prova att återställa kundens uppgifter från säkerhetskopia, och på begäran redovisa resultatet och hur lång tid återställningen tog.

req-continuity = Finns en övad kontinuitetsplan för hur arbetet fortsätter om tjänsten inte går att nå, en kort eller en lång tid?
    .label = Kontinuitetsplan
    .help = Planen beskriver hur verksamheten klarar sig vid avbrott (reservrutiner och vem som beslutar), hur ni når de uppgifter som behövs för brådskande beslut och hur uppgifterna tas tillbaka om leverantören upphör. Både ni och leverantören behöver en plan. Vid tillgänglighet på nivå 3 kan ett avbrott skada enskilda allvarligt, till exempel när ett barn behöver skydd, och då är en saknad plan en allvarlig brist.
    .ref = GDPR art. 32.1 b och c · KLASSA 4.0, tillgänglighet · cybersäkerhetslagen (2025:1506) (kontrollerat november 2026)
    .hint = Frågan ställs när tillgängligheten har klassats på nivå 2 eller högre.
    .requirement = Leverantören ska ha en dokumenterad och regelbundet övad kontinuitets- och återställningsplan för tjänsten, redovisa den för kunden på begäran, meddela planerade avbrott i förväg och medverka i kundens egen kontinuitetsplanering.

req-availability-terms = Anger avtalet tillgänglighet, supporttider och tid för att åtgärda fel, med en påföljd om de inte hålls?
    .label = Tillgänglighet i avtalet
    .help = Utan avtalade nivåer kan ni inte kräva något vid avbrott. Avtalet bör ange tillgänglighet per månad, när support går att nå (också kvällar och helger om verksamheten arbetar då), hur snabbt fel ska åtgärdas och vad som händer om nivåerna inte nås, till exempel vite eller rätt att säga upp avtalet.
    .ref = KLASSA 4.0, tillgänglighet · ISO/IEC 27002:2022 5.20 och 5.22
    .hint = Frågan ställs när tillgängligheten har klassats på nivå 2 eller högre.
    .requirement = Leverantören ska åta sig en avtalad lägsta tillgänglighet för tjänsten, supporttider som motsvarar kundens verksamhetstider och tider för att åtgärda fel efter hur allvarliga de är, redovisa utfallet regelbundet och betala vite eller motsvarande om nivåerna inte nås.

req-access-logging = Loggas all åtkomst till uppgifterna, både läsning och ändring, och kan ni själva ta del av loggarna?
    .label = Loggning av åtkomst
    .help = Ni behöver kunna se vem som har läst eller ändrat uppgifter om en enskild, till exempel när någon misstänks ha läst utan att behöva det eller när den enskilde själv frågar. Loggen ska visa användare, tidpunkt, uppgift och åtgärd, också för administratörer och leverantörens personal. För uppgifter med sekretess och känsliga uppgifter krävs normalt sådan loggning, och därför ställs frågan för dem oavsett nivå.
    .ref = GDPR art. 5.2 och 32 · SKL:s pm (2013), Sekretess och säkerhet och checklistan punkt 6 · KLASSA 4.0, spårbarhet · ISO/IEC 27002:2022 8.15
    .hint = Frågan ställs när spårbarheten har klassats på nivå 1 eller högre, eller när uppgifterna har sekretess, är känsliga eller gäller skyddade personuppgifter.
    .requirement = Leverantören ska logga varje åtkomst till kundens uppgifter (läsning, ändring, radering och export) med användare, tidpunkt och berörd uppgift, också när åtkomsten sker av leverantörens eller underbiträdenas personal, och ge kunden möjlighet att själv söka i och ta ut loggarna.

req-log-review = Går någon regelbundet igenom loggarna för att upptäcka otillåten åtkomst?
    .label = Uppföljning av loggar
    .help = Loggar som ingen läser skyddar ingen. Bestäm vem som följer upp loggarna, hur ofta och vad hen letar efter (till exempel åtkomst till uppgifter om personer med skyddade personuppgifter eller ovanligt många öppnade ärenden), och vad som händer vid en misstanke. Tjänsten bör kunna ta fram rapporter eller larma om avvikande mönster.
    .ref = GDPR art. 32.1 d · KLASSA 4.0, spårbarhet · ISO/IEC 27002:2022 8.15 och temat övervakning
    .hint = Frågan ställs när spårbarheten har klassats på nivå 2 eller högre.
    .requirement = Leverantören ska tillhandahålla stöd för systematisk uppföljning av loggar, till exempel rapporter och larm om avvikande åtkomst, själv övervaka åtkomst till kundens uppgifter och underrätta kunden utan dröjsmål vid misstanke om otillåten åtkomst.

req-log-protection = Skyddas loggarna mot ändring och radering, och sparas de så länge som ni har bestämt?
    .label = Skydd av loggar
    .help = En logg som kan ändras eller raderas av den som loggas går inte att lita på. Loggarna bör skyddas mot ändring, förvaras åtskilda från den övriga tjänsten, sparas en bestämd tid och sedan gallras. Loggar innehåller själva personuppgifter och ska skyddas som sådana.
    .ref = GDPR art. 5.1 e och 32 · KLASSA 4.0, spårbarhet · ISO/IEC 27002:2022 8.15
    .hint = Frågan ställs när spårbarheten har klassats på nivå 3 eller högre.
    .requirement = Leverantören ska skydda loggarna mot ändring och obehörig radering, också från administratörer, spara dem den tid som kunden bestämmer, därefter radera dem och på begäran lämna ut dem till kunden i ett läsbart format.

req-incident-handling = Finns det avtalat, och i en rutin hos er, hur leverantören rapporterar incidenter så snabbt att ni hinner anmäla till IMY inom 72 timmar?
    .label = Incidenthantering
    .help = En personuppgiftsincident ska anmälas till IMY utan onödigt dröjsmål och om möjligt inom 72 timmar från det att ni fick kännedom om den, och leverantören ska underrätta er utan onödigt dröjsmål. Det går bara om kontaktvägar, tider, vad rapporten ska innehålla och vem hos er som tar emot den är bestämt i förväg. Kommunen kan också behöva rapportera betydande incidenter enligt cybersäkerhetslagen (2025:1506).
    .ref = GDPR art. 33.1, 33.2 och 33.5 · ISO/IEC 27002:2022 5.24–5.28 · cybersäkerhetslagen (2025:1506) (kontrollerat november 2026)
    .hint = Frågan ställs så snart någon aspekt har klassats på nivå 1 eller högre.
    .requirement = Leverantören ska underrätta kunden utan onödigt dröjsmål, och senast inom den tid som avtalas (till exempel 24 timmar), efter att ha upptäckt en säkerhets- eller personuppgiftsincident som berör kundens uppgifter, lämna de uppgifter som kunden behöver för en anmälan enligt GDPR art. 33 och därefter bistå kunden med utredning och åtgärder.

req-supplier-follow-up = Följer ni upp leverantören regelbundet under avtalstiden: säkerhet, underbiträden, platser och villkor?
    .label = Uppföljning av leverantören
    .help = Riskerna ändras under avtalstiden: leverantören kan byta underbiträden, flytta uppgifter eller ändra villkor. Planera en uppföljning minst en gång om året med underlag som aktuella certifikat eller granskningsrapporter, och se till att ni har rätt att granska. Som personuppgiftsansvarig ska ni kunna visa att biträdet ger tillräckliga garantier, och cybersäkerhetslagen kräver att risker i leverantörskedjan hanteras.
    .ref = GDPR art. 28.1 och 28.3 h · cybersäkerhetslagen (2025:1506) (kontrollerat november 2026) · ISO/IEC 27002:2022 5.19–5.23
    .hint = Frågan ställs när någon aspekt har klassats på nivå 2 eller högre.
    .requirement = Leverantören ska minst en gång om året redovisa hur säkerheten i tjänsten upprätthålls, till exempel med aktuella certifikat eller rapporter från oberoende granskare, meddela väsentliga ändringar av tjänsten, underbiträden och lagringsplatser i förväg och låta kunden eller en granskare som kunden utser granska att avtalet följs.

req-deletion = Kan uppgifter raderas för gott, också i säkerhetskopior och loggar, när de ska gallras eller när avtalet upphör?
    .label = Radering och gallring
    .help = Personuppgifter får inte sparas längre än nödvändigt, och handlingar ska gallras enligt lag och gallringsbeslut. Många tjänster är byggda så att inget försvinner, eller döljer bara det som ”raderas”. Kontrollera hur radering går till, hur lång tid det tar innan uppgifterna är borta också ur säkerhetskopior och att ni kan få en skriftlig bekräftelse.
    .ref = GDPR art. 5.1 e, 17 och 28.3 g · ISO/IEC 27002:2022 8.10 · arkivlagen (1990:782)
    .hint = Frågan ställs när konfidentialiteten har klassats på nivå 1 eller högre.
    .requirement = Leverantören ska på kundens begäran kunna radera enskilda uppgifter och hela informationsmängder så att de inte går att återskapa, också ur säkerhetskopior och loggar inom avtalad tid, och bekräfta raderingen skriftligt.

req-export = Kan ni själva när som helst ta ut alla era uppgifter, med bilagor och metadata, i ett öppet format?
    .label = Export av uppgifterna
    .help = Exporten behövs för att byta leverantör, ha en egen kopia, arkivera och lämna ut handlingar. Kontrollera att den omfattar allt (uppgifter, bilagor, loggar och metadata som vem och när), i ett dokumenterat öppet format, och att ni kan göra den utan att vänta på leverantören.
    .ref = GDPR art. 28.3 g och 32.1 c · arkivlagen (1990:782) · KLASSA 4.0, tillgänglighet och riktighet
    .hint = Frågan ställs när tillgängligheten eller riktigheten har klassats på nivå 2 eller högre.
    .requirement = Leverantören ska ge kunden möjlighet att när som helst och utan extra kostnad själv exportera samtliga uppgifter, inklusive bilagor, metadata och loggar, i ett dokumenterat öppet format, och vid avtalets slut lämna ut allt i sådant format inom avtalad tid.

## Inloggning och enheter

sec-staff-auth = Hur loggar personalen in i tjänsten?
    .help = Personal som når uppgifter om enskilda över öppna nät bör logga in med minst två faktorer. I hälso- och sjukvården kräver HSLF-FS 2016:40 det, och SKR:s vägledning (2020) anser att socialtjänsten rimligen bör ha samma skydd. SITHS eID finns i dag både som kort och som app (Mobilt SITHS); engångskod via sms räknas som två faktorer men kan fångas upp, till exempel om någon tar över telefonnumret.
    .ref = GDPR art. 32 · HSLF-FS 2016:40 (som förebild) · SKR:s vägledning avsnitt 2.4 · Inera, SITHS eID (kontrollerat november 2026)
    .hint = Välj alla sätt som går att använda: det svagaste avgör skyddet.
sec-staff-auth--bankid = BankID
sec-staff-auth--other-eid = Annan e-legitimation, till exempel Freja+
sec-staff-auth--siths = SITHS eID, som kort eller app
sec-staff-auth--sms-otp = Engångskod via sms
sec-staff-auth--app-otp = Engångskod i app eller säkerhetsnyckel
sec-staff-auth--password-only = Bara användarnamn och lösenord

sec-staff-open-network = Kan personalen logga in över internet, utanför organisationens eget nät?
    .help = Kravet på stark autentisering gäller åtkomst över öppna nät. Nästan alla molntjänster nås över internet; svara nej bara om åtkomsten är begränsad till ett skyddat nät som ni kontrollerar.
    .ref = HSLF-FS 2016:40 (som förebild) · SKR:s vägledning avsnitt 2.4

sec-individual-auth = Hur loggar de enskilda (klienter, brukare) in i tjänsten?
    .help = Enskilda bör logga in med minst två faktorer, till exempel BankID, annan e-legitimation eller engångskod via sms. Med bara användarnamn och lösenord kan den som känner till eller gissar lösenordet uppträda som den enskilde, och det går inte att upptäcka. Tänk på att unga ofta saknar e-legitimation: BankID kräver vårdnadshavarens medgivande före 18 år och åldersgränsen varierar mellan bankerna (kontrollerat november 2026).
    .ref = GDPR art. 32 · HSLF-FS 2016:40 (som förebild) · SKR:s vägledning avsnitt 2.2 · DIGG, elegitimation.se (kontrollerat november 2026)
    .hint = Välj alla sätt som går att använda: går det att logga in med bara lösenord räknas det.
sec-individual-auth--bankid = BankID
sec-individual-auth--other-eid = Annan e-legitimation, till exempel Freja+
sec-individual-auth--sms-otp = Engångskod via sms
sec-individual-auth--password-only = Bara användarnamn och lösenord

sec-history-off = Är all historik för den enskilde avstängd, så att inga tidigare svar går att se efter inloggningen?
    .help = Alla barn och unga har inte e-legitimation eller egen mobil. SKR:s vägledning beskriver ett undantag: är all historik avstängd finns inga personuppgifter att komma åt efter inloggningen, och då kan användarnamn och lösenord godtas. Undantaget gäller bara om också de två följande villkoren är uppfyllda.
    .ref = SKR:s vägledning avsnitt 2.2

sec-alias-id = Loggar den enskilde in med ett id som socialtjänsten har delat ut, aldrig med namn eller personnummer?
    .help = Undantaget förutsätter ett id från socialtjänsten och ett lösenord. Uppgifterna är fortfarande personuppgifter, men pseudonymiserade, och bara socialtjänsten, inte leverantören, ska kunna koppla id:t till en person.
    .ref = GDPR art. 4.5 · SKR:s vägledning avsnitt 2.2

sec-incomplete-deleted = Raderas en påbörjad enkät på servern om den enskilde avbryter den?
    .help = Sparas påbörjade men avbrutna svar finns det ändå personuppgifter att komma åt med ett gissat lösenord. Undantaget gäller bara om sådana svar raderas.
    .ref = SKR:s vägledning avsnitt 2.2

sec-individual-no-local-copy = Försvinner uppgifterna från den enskildes dator eller mobil när de har förts över till tjänsten?
    .help = Inga uppgifter bör finnas kvar på den enskildes enhet efter överföringen, eftersom andra i hushållet kan komma åt den, också den som den enskilde kanske skyddas från. Kontrollera webbläsarens cache, nedladdade filer, aviseringar och appens lokala lagring.
    .ref = SKR:s vägledning avsnitt 2.2 · GDPR art. 25 och 32

sec-offline-encrypted = Sparas uppgifterna krypterade i den utlånade enheten, och låser sig appen efter några minuters inaktivitet?
    .help = En surfplatta eller mobil som lånas ut kan komma bort eller användas av någon annan. Uppgifterna ska därför vara krypterade i enheten och appen låsa sig själv. Den enskilde loggar in med ett id och ett lösenord, och bara socialtjänsten ska kunna koppla id:t till en person.
    .ref = SKR:s vägledning avsnitt 2.2 · GDPR art. 32

sec-offline-wiped = Raderas allt i enheten när uppgifterna har förts över till tjänsten?
    .help = Handläggaren hämtar enheten och för över innehållet till tjänsten på arbetsplatsen. Därefter ska allt i enheten raderas, så att nästa person som lånar den inte kan se något.
    .ref = SKR:s vägledning avsnitt 2.2

## Risker för de enskilda

risks = Vilka risker för de enskilda medför tjänsten? Lägg till en risk i taget.
    .label = Riskregister
    .help = Riskregistret är konsekvensbedömningens kärna: det ska beskriva vad som kan hända de registrerade, inte verksamheten. Tänk på obehörig åtkomst, ändrade eller förlorade uppgifter, att en klients uppgifter når en anhörig eller den hen skyddas från, att ett barns uppgifter når vårdnadshavaren trots sekretess och att en utländsk myndighet kräver ut uppgifter. Bedöm varje risk före och efter åtgärderna och ge den en ägare.
    .ref = GDPR art. 35.7 c och d, skäl 75, 76 och 90 · SKR:s vägledning avsnitt 2.7 · cybersäkerhetslagen (2025:1506)
    .hint = Ge varje risk ett kort namn utan personuppgifter, till exempel ”Obehörig läser skyddad adress”.
    .item = risk

risk-harm = Vad kan hända de enskilda?
    .label = Vad kan hända
    .help = Välj det som bäst beskriver skadan för de registrerade. Vårdnadshavaren kan i regel ta del av uppgifter om barnet, men inte om barnet kan antas lida betydande men av det (OSL 12 kap. 3 §), och för den som har skyddad folkbokföring kan en röjd adress leda till våld. Skriv varför det kan hända i en anteckning.
    .ref = GDPR skäl 75 · OSL (2009:400) 12 kap. 3 § och 26 kap. 1 § · folkbokföringslagen (1991:481) 16 §
risk-harm--unauthorised-access = Obehöriga får tillgång till uppgifterna
risk-harm--unwanted-change = Uppgifterna ändras eller blir felaktiga
risk-harm--loss = Uppgifterna går förlorade
risk-harm--reaches-relative = En klients uppgifter når en anhörig eller den hen skyddas från
risk-harm--reaches-guardian = Ett barns uppgifter når vårdnadshavaren trots sekretess
risk-harm--foreign-authority = En myndighet i ett annat land kräver ut uppgifterna
risk-harm--outage = Tjänsten eller uppgifterna går inte att nå när de behövs
risk-harm--other = Annat

risk-before-likelihood = Hur sannolikt är det, med det skydd som redan finns men utan de åtgärder ni planerar?
    .help = Bedöm sannolikheten utifrån hur tjänsten faktiskt används: hur många som har åtkomst, hur uppgifterna förs över, vad leverantören och underbiträdena kan göra och om något liknande har hänt förut. Låg betyder att det knappast händer under tjänstens livstid, mycket hög att det kan väntas hända.
    .ref = GDPR skäl 76 · SKR:s vägledning avsnitt 2.7
risk-before-likelihood--level-1 = låg
risk-before-likelihood--level-2 = medel
risk-before-likelihood--level-3 = hög
risk-before-likelihood--level-4 = mycket hög

risk-before-consequence = Hur allvarligt blir det för de enskilda om det händer, utan de planerade åtgärderna?
    .help = Utgå från den enskildes situation: hot och våld, diskriminering, ekonomisk skada, förlorat förtroende för socialtjänsten, att ett beslut bygger på fel uppgifter eller att någon inte får hjälp i tid. Att en skyddad adress eller ett barns uppgifter röjs för den som barnet eller klienten skyddas från är mycket allvarligt.
    .ref = GDPR skäl 75 och 76 · OSL (2009:400) 26 kap. 1 §
risk-before-consequence--level-1 = begränsad
risk-before-consequence--level-2 = betydande
risk-before-consequence--level-3 = allvarlig
risk-before-consequence--level-4 = mycket allvarlig

risk-measures = Vilka åtgärder ska minska risken, vem genomför dem och när?
    .label = Åtgärder
    .help = Ta med både tekniska och organisatoriska åtgärder, till exempel de säkerhetsåtgärder som klassningen kräver, krav i avtalet, rutiner, utbildning eller att vissa uppgifter inte läggs i tjänsten. Ange vem som ansvarar och när åtgärden ska vara klar. Skriv inga personuppgifter.
    .ref = GDPR art. 25, 32 och 35.7 d
    .hint = Högst 400 tecken.

risk-after-likelihood = Hur sannolikt är det när åtgärderna är genomförda?
    .help = Bedöm på samma skala som före åtgärderna. Risken räknas som hög efter åtgärderna när sannolikhet och konsekvens tillsammans blir 6 eller mer (till exempel 3 och 3, 2 och 4 eller 4 och 2); då ska den samlade bedömningen ta ställning till förhandssamråd med IMY. Riskmatrisen under riskregistret visar alla risker före och efter åtgärderna; summan 4 eller 5 är medel.
    .ref = GDPR art. 35.7 d och 36.1 · skäl 84 och 94
risk-after-likelihood--level-1 = låg
risk-after-likelihood--level-2 = medel
risk-after-likelihood--level-3 = hög
risk-after-likelihood--level-4 = mycket hög

risk-after-consequence = Hur allvarligt blir det för de enskilda om det ändå händer, när åtgärderna är genomförda?
    .help = Många åtgärder sänker sannolikheten men inte konsekvensen: en röjd skyddad adress är lika allvarlig efter åtgärderna. Sänk konsekvensen bara om åtgärden faktiskt begränsar skadan, till exempel att uppgifterna är krypterade med nycklar som bara ni har eller att känsliga uppgifter inte läggs i tjänsten.
    .ref = GDPR art. 35.7 d och 36.1 · skäl 84 och 94
risk-after-consequence--level-1 = begränsad
risk-after-consequence--level-2 = betydande
risk-after-consequence--level-3 = allvarlig
risk-after-consequence--level-4 = mycket allvarlig

risk-owner = Vilken roll äger risken och ser till att åtgärderna blir gjorda?
    .label = Ägare
    .help = Varje risk behöver en ägare som följer upp att åtgärderna genomförs och tar upp risken igen när något ändras. Ofta är det informationsägaren för verksamhetens risker och systemförvaltaren eller informationssäkerhetsansvarig för de tekniska.
    .ref = GDPR art. 24 och 35.11 · cybersäkerhetslagen (2025:1506)

## Konsekvensbedömningen

dpia-description = Beskriv behandlingen systematiskt: vilka uppgifter om vilka personer, varifrån de kommer, vem som kommer åt dem, var de lagras och hur länge.
    .help = Beskrivningen är konsekvensbedömningens grund och ska gå att förstå för den som inte var med i workshopen. Utgå från kartläggningen, informationsmängderna och mottagarna och följ uppgifterna från insamling till gallring. Skriv inga personuppgifter.
    .ref = GDPR art. 35.7 a · WP248 rev.01 (artikel 29-gruppens riktlinjer om konsekvensbedömning, 2017)

dpia-purpose = Vilka är ändamålen med behandlingen, och vilket behov i verksamheten svarar de mot?
    .help = Ändamålen avgör vilka uppgifter som får behandlas och hur länge. Ange dem så konkret att det går att pröva om varje uppgift behövs, till exempel ”att den unge själv ska kunna skatta sitt mående inför uppföljningen av en insats”, och ange lagstödet i verksamhetslagen och SoLPUL.
    .ref = GDPR art. 5.1 b och 35.7 a · lag (2001:454) om behandling av personuppgifter inom socialtjänsten

dpia-necessity = Varför är behandlingen nödvändig och proportionerlig i förhållande till ändamålen?
    .help = Pröva om varje uppgift och varje del av behandlingen behövs för ändamålet, om nyttan för de enskilda står i rimlig proportion till intrånget och riskerna, hur länge uppgifterna sparas och hur de enskilda får information och kan utöva sina rättigheter. Att en molntjänst är billigare eller enklare räcker inte ensamt.
    .ref = GDPR art. 5, 12–22 och 35.7 b

dpia-alternatives = Vilka andra sätt att nå ändamålen har ni övervägt, och varför valde ni bort dem?
    .help = Proportionalitet förutsätter att det inte finns ett mindre ingripande sätt som fungerar lika bra. Exempel på alternativ är egen drift, en leverantör utan koppling till tredje land, färre uppgifter, inga fritextfält, pseudonymer i stället för personnummer eller att uppgifter med sekretess stannar i verksamhetssystemet.
    .ref = GDPR art. 25 och 35.7 b

dpia-minimisation = Har ni begränsat uppgifterna till dem som verkligen behövs för ändamålet?
    .help = Uppgifterna ska vara adekvata, relevanta och inte för omfattande. Exempel är att ta bort fritextfält och frågor som inte används, använda ett id i stället för personnummer, begränsa behörigheter från start och korta lagringstiden.
    .ref = GDPR art. 5.1 c och 25.2

dpia-views = Har ni frågat de registrerade, eller deras företrädare, om deras syn på behandlingen?
    .help = GDPR säger att den personuppgiftsansvarige ska inhämta synpunkter från de registrerade eller deras företrädare när det är lämpligt. Det kan vara ett brukarråd, en brukarorganisation, test med några unga användare eller personalens fackliga företrädare när personalens uppgifter berörs. Frågar ni inte, eller följer ni inte synpunkterna, ska skälen dokumenteras.
    .ref = GDPR art. 35.9 · WP248 rev.01 (2017) · IMY, Dataskyddsförordningen om konsekvensbedömningar och förhandssamråd (kontrollerat november 2026)
dpia-views--asked = Ja, vi har frågat de registrerade själva
dpia-views--representatives = Ja, vi har frågat deras företrädare
dpia-views--not-appropriate = Nej, vi bedömer att det inte är lämpligt här
dpia-views--not-asked = Nej, det är inte gjort ännu

dpia-views-summary = Sammanfatta synpunkterna och hur ni tog hänsyn till dem, eller varför det inte är lämpligt att fråga.
    .help = Skriv vilka som tillfrågades och hur, vad de tyckte och vad det ledde till. Har ni bedömt att det inte är lämpligt, till exempel för att frågan skulle röja vilka som är klienter, skriv skälen. Skriv inga personuppgifter.
    .ref = GDPR art. 35.9 · WP248 rev.01 (2017)

dpia-dpo-advice = Vilka råd har dataskyddsombudet gett om konsekvensbedömningen? Återge dem med egna ord.
    .label = Dataskyddsombudets råd
    .help = Den personuppgiftsansvarige ska inhämta råd från dataskyddsombudet när en konsekvensbedömning görs, och rådet och beslutet bör dokumenteras i bedömningen. Ett ”ja, ombudet har tillfrågats” räcker inte: skriv vad ombudet rådde, till exempel om behovet av bedömningen, riskerna och åtgärderna.
    .ref = GDPR art. 35.2 och 39.1 c · WP248 rev.01 (2017)

dpia-dpo-advice-followed = Följer ni dataskyddsombudets råd?
    .help = Dataskyddsombudet ger råd men beslutar inte; ansvaret ligger kvar hos den personuppgiftsansvarige. Följer ni inte ett råd, helt eller delvis, ska skälen skrivas ned i bedömningen.
    .ref = GDPR art. 35.2 och 39.1 c · WP248 rev.01 (2017)
dpia-dpo-advice-followed--followed = Ja, helt
dpia-dpo-advice-followed--partly = Delvis
dpia-dpo-advice-followed--not-followed = Nej

## Avtal och dokumentation

contract-type = Hur ingås avtalet om tjänsten?
    .help = Vid upphandling eller förhandling kan ni ställa egna krav, till exempel säkerhetsåtgärdernas kravtexter. Standardvillkor som godkänns med ett klick går sällan att påverka och kan ändras av leverantören under avtalstiden; de passar bara för information som varken har sekretess, är känslig eller är kritisk för verksamheten.
    .ref = SKL:s pm Använd molntjänster på rätt sätt (2013), Standardavtal · lag (2016:1145) om offentlig upphandling
contract-type--negotiated = Ett förhandlat avtal
contract-type--procured = Ett upphandlat avtal, till exempel ett ramavtal
contract-type--standard-signed = Leverantörens standardavtal, undertecknat
contract-type--click-through = Standardvillkor som godkänns med ett klick på webben

contract-click-saved = Har ni sparat villkoren med datum och en skärmbild av godkännandet?
    .help = Villkor som godkänns med ett klick kan ändras utan att ni märker det. Spara villkoren så som de såg ut när ni godkände dem, med datum, och en skärmbild av godkännandet, och bevaka ändringar.
    .ref = SKR:s vägledning avsnitt 2.8

contract-dpa = Finns ett personuppgiftsbiträdesavtal med leverantören?
    .help = När leverantören behandlar personuppgifter åt er krävs ett skriftligt avtal som bland annat ger leverantören instruktioner. SKR har en mall för kommuner och regioner, och EU-kommissionen har standardavtalsklausuler för biträdesavtal (beslut 2021/915). SKR:s vägledning säger att standardavtalsklausuler för tredje land kan ersätta biträdesavtalet; det stämmer bara för 2021 års klausuler (2021/914) i modul 2 eller 3, som också innehåller det som artikel 28 kräver.
    .ref = GDPR art. 28.3 och 28.7 · kommissionens genomförandebeslut (EU) 2021/915 och 2021/914 av den 4 juni 2021 · SKR:s vägledning avsnitt 2.8
contract-dpa--skr-template = Ja, enligt SKR:s mall
contract-dpa--vendor-template = Ja, enligt leverantörens mall
contract-dpa--in-terms = Det ingår i leverantörens standardvillkor
contract-dpa--none = Nej

contract-dpa-content = Innehåller biträdesavtalet allt som artikel 28 kräver?
    .help = Avtalet ska bland annat säga att leverantören bara får behandla uppgifterna enligt era dokumenterade instruktioner, att personalen har tystnadsplikt, vilka säkerhetsåtgärder som gäller, hur underbiträden anlitas, hur leverantören hjälper er med de enskildas rättigheter och med incidenter, att uppgifterna raderas eller lämnas tillbaka när avtalet upphör och att ni får granska att avtalet följs. Standardvillkor saknar ofta något av detta.
    .ref = GDPR art. 28.3 · SKL:s pm (2013), Personuppgifter

contract-scc = Vilka standardavtalsklausuler gäller för överföringen?
    .help = Sedan 2021 gäller kommissionens standardavtalsklausuler (beslut 2021/914) med fyra moduler efter parternas roller; när leverantören är ert biträde är det oftast modul 2, och mellan biträde och underbiträde modul 3. De äldre klausulerna gick bara att använda för avtal som ingåtts före 27 september 2021, och då längst till 27 december 2022.
    .ref = Kommissionens genomförandebeslut (EU) 2021/914 av den 4 juni 2021, art. 4 · GDPR art. 46.2 c
contract-scc--scc-2021 = 2021 års klausuler (2021/914) med rätt modul
contract-scc--older = Äldre klausuler
contract-scc--not-signed = Inga klausuler är undertecknade

contract-subprocessor-approval = Får leverantören bara anlita nya underbiträden efter att ha informerat er i förväg, så att ni kan invända?
    .help = Ni ska veta och kunna påverka vilka som hanterar uppgifterna. Ett biträde får inte anlita ett annat biträde utan ert skriftliga förhandstillstånd; är tillståndet allmänt ska ni få veta om ändringar i förväg och kunna invända, och underbiträdet ska ha samma skyldigheter som biträdet.
    .ref = GDPR art. 28.2 och 28.4 · SKL:s pm (2013), checklistan punkt 1

contract-location-stated = Anger avtalet var uppgifterna lagras, bearbetas och nås ifrån, också vid support och drift?
    .help = Det räcker inte att leverantören lovar lagring i EU. Avtalet bör ange i vilka länder uppgifterna lagras och bearbetas och varifrån support och drift når dem, och att det inte får ändras utan ert godkännande. Det är underlaget för bedömningen av varje mottagare.
    .ref = SKL:s pm (2013), checklistan punkt 2 och 3 · GDPR art. 28.3 a och 44

contract-ownership = Framgår det att ni äger informationen och att leverantören inte får använda den för egna syften?
    .help = Det ska vara tydligt att kommunen eller utföraren äger informationen under och efter avtalstiden, och att leverantören inte får använda den för egna behov, som statistik, produktutveckling, marknadsföring eller träning av AI-modeller. Ett biträde som bestämmer egna ändamål blir själv personuppgiftsansvarig för den behandlingen.
    .ref = SKL:s pm (2013), checklistan punkt 4 · GDPR art. 28.10

contract-exit = Reglerar avtalet hur uppgifterna lämnas tillbaka och raderas när avtalet upphör?
    .help = När avtalet tar slut ska ni få tillbaka uppgifterna i ett användbart format, och leverantören ska radera dem, också i säkerhetskopior, inom en bestämd tid och bekräfta det. Annars riskerar ni att bli inlåsta hos leverantören eller att uppgifter blir kvar där.
    .ref = SKL:s pm (2013), checklistan punkt 5 · GDPR art. 28.3 g

contract-documents = Vilka stöddokument finns för användningen av tjänsten?
    .help = Dokumenten gör det tydligt för alla varför och hur tjänsten ska användas och vem som ansvarar för vad. Vägledningen föreslår en kommunikationsplan, rutiner och roller (ansvar, tidsperiod, kontohantering), en beskrivning av tjänsten och informationen och manualer för olika roller.
    .ref = SKR:s vägledning avsnitt 2.8
contract-documents--communication-plan = Kommunikationsplan
contract-documents--routines-roles = Rutiner och roller, till exempel kontohantering
contract-documents--information-spec = Beskrivning av tjänsten och informationen
contract-documents--manuals = Manualer för olika roller
contract-documents--none = Inga ännu

## Allmänna handlingar, gallring och arkiv

records-public-docs = Kommer uppgifterna i tjänsten att vara allmänna handlingar hos nämnden?
    .help = Uppgifter som en myndighet förvarar, också hos en leverantör, kan vara allmänna handlingar. De ska då kunna lämnas ut efter sekretessprövning, hållas ordnade, gallras när lag eller beslut säger det och annars arkiveras. För en privat utförare gäller inte reglerna om allmänna handlingar, men dokumentationsreglerna i socialtjänstlagen och LSS gör det, och LSS har egna regler om bevarande och gallring för enskild verksamhet (23 c §).
    .ref = Tryckfrihetsförordningen 2 kap. · OSL (2009:400) 4–6 kap. · SKL:s pm (2013), Hantering av allmänna handlingar

records-only-store = Är tjänsten det enda stället där handlingarna finns?
    .help = Är molntjänsten den enda lagringsplatsen får avbrott, ändringar i tjänsten eller att leverantören upphör inte leda till att handlingar går förlorade. Då måste säkerhetskopieringen vara ordnad och prövad, eller handlingarna också finnas i verksamhetssystem eller e-arkiv.
    .ref = SKL:s pm (2013), Hantering av allmänna handlingar · OSL (2009:400) 4 kap.

records-disclosure = Kan ni snabbt ta fram en handling ur tjänsten när någon begär att få ta del av den?
    .help = Den som begär ut en allmän handling har rätt att få den skyndsamt, efter sekretessprövning. Det förutsätter att ni själva kan söka fram och ta ut uppgifter ur tjänsten utan att vänta på leverantören.
    .ref = Tryckfrihetsförordningen 2 kap. · OSL (2009:400) 4–6 kap.

records-retention = Hur länge ska uppgifterna i tjänsten sparas, och när ska de gallras? Ange tiderna per informationsmängd.
    .help = Tiderna följer av lag och av nämndens gallringsbeslut. Enligt 12 kap. 1–2 §§ i den gamla socialtjänstlagen (2001:453), som vägledningen utgår från, gallrades personakter fem år efter sista anteckningen, med undantag bland annat för utredningar om faderskap och adoption, placeringar av barn och ett urval som bevaras för forskning; kontrollera vad som gäller enligt socialtjänstlagen (2025:400), som gäller från 1 juli 2025, och regeringens förslag att vissa handlingar i barns personakter ska gallras först 30 år efter barnets födelse (prop. 2025/26:12). LSS har egna regler, bland annat 23 c § för enskild verksamhet, och uppgifter som inte hör till akten, som loggar och enkätsvar, behöver egna tider i gallringsbeslutet (kontrollerat november 2026).
    .ref = Socialtjänstlagen (2025:400) · tidigare 12 kap. 1–2 §§ socialtjänstlagen (2001:453) · LSS (1993:387) 23 c § · prop. 2025/26:12 · arkivlagen (1990:782) · GDPR art. 5.1 e
    .hint = Högst 400 tecken, till exempel ”Enkätsvar: gallras efter 1 år. Loggar: 2 år. Underlag i akten: enligt SoL”.

records-deletion = Kan uppgifter gallras, alltså raderas för gott också i säkerhetskopior och loggar, när lagen eller gallringsbeslutet säger det?
    .help = Uppgifter ska gallras när socialtjänstlagens och LSS regler eller nämndens gallringsbeslut enligt arkivlagen säger det, och personuppgifter får inte sparas längre än nödvändigt. Många tjänster, särskilt sådana som byggts för den amerikanska marknaden, är gjorda för att ingenting ska försvinna. Kontrollera hur och när uppgifter raderas, också i säkerhetskopior och loggar; för uppgifter med sekretess eller känsliga uppgifter är det en allvarlig brist om det inte går.
    .ref = Socialtjänstlagen (2025:400) · LSS (1993:387) · arkivlagen (1990:782) · GDPR art. 5.1 e och 17 · SKL:s pm (2013), Hantering av allmänna handlingar

records-export = Kan uppgifterna tas ut ur tjänsten i ett format som går att arkivera och läsa långt fram i tiden?
    .help = Handlingar som ska bevaras måste kunna föras över till ett arkiv, till exempel ett e-arkiv, i ett öppet och beständigt format (arkivuttag). Det gäller också när avtalet upphör. Arkivarien kan säga vilka format och metadata e-arkivet tar emot.
    .ref = Arkivlagen (1990:782) · SKL:s pm (2013), Hantering av allmänna handlingar

records-plan = Finns tjänsten och dess handlingar med i nämndens informationshanteringsplan?
    .help = Informationshanteringsplanen (som ibland fortfarande kallas dokumenthanteringsplan) beskriver vilka handlingar nämnden har, var de förvaras, hur länge de sparas och när de gallras. En ny tjänst ger ofta nya lagringsplatser och nya slags handlingar, som enkätsvar och loggar, som behöver föras in, och gallring av allmänna handlingar kräver ett beslut.
    .ref = Arkivlagen (1990:782) · kommunens arkivreglemente · OSL (2009:400) 4 kap.

records-sosfs = Har ni bestämt vilka uppgifter från tjänsten som ska dokumenteras i den enskildes akt?
    .help = Dokumentationen i socialtjänstens ärenden och i LSS-verksamhet regleras av Socialstyrelsens föreskrifter och allmänna råd SOSFS 2014:5 (senast ändrade genom HSLF-FS 2022:37), som fortfarande hänvisar till den gamla socialtjänstlagen. Uppgifter från tjänsten som har betydelse för ett ärende, till exempel en självskattning som ligger till grund för ett beslut, ska föras in i akten och inte bara finnas i molntjänsten. HSLF-FS 2016:40 gäller journalföring i hälso- och sjukvården och kan bara användas som jämförelse (kontrollerat november 2026).
    .ref = SOSFS 2014:5 (HSLF-FS 2022:37) · socialtjänstlagen (2025:400) · LSS (1993:387)

## Samlad bedömning

overall-high-risk = Finns det kvar en hög risk för de enskildas rättigheter och friheter när de planerade åtgärderna är genomförda?
    .label = Kvarstår en hög risk efter åtgärderna
    .help = Det här är konsekvensbedömningens slutsats. Utgå från riskregistret: är någon risk hög efter åtgärderna är svaret ja. Går ni ändå vidare med tjänsten måste ni begära förhandssamråd med IMY innan behandlingen börjar; avstår ni från tjänsten behövs inget förhandssamråd.
    .ref = GDPR art. 35.7 och 36.1 · skäl 94 · SKR:s vägledning avsnitt 1

overall-recommendation = Vad föreslår gruppen?
    .label = Gruppens rekommendation
    .help = Gruppens förslag sammanfattar bedömningen inför beslutet hos den som har befogenhet, till exempel nämnden eller den som har delegation. Villkor ska vara konkreta: vem gör vad och när, och förslaget ska stämma med iakttagelserna och riskregistret.
    .ref = GDPR art. 24 och 35.7 · SKR:s vägledning avsnitt 2.7
overall-recommendation--approve = Tjänsten kan användas
overall-recommendation--approve-with-conditions = Tjänsten kan användas när villkoren är uppfyllda
overall-recommendation--postpone = Vänta, mer underlag behövs
overall-recommendation--reject = Tjänsten bör inte användas

overall-dpo-opinion = Har dataskyddsombudet yttrat sig över gruppens samlade bedömning och förslag?
    .help = Dataskyddsombudet ska ge råd vid konsekvensbedömningar och övervaka att dataskyddsreglerna följs. Synpunkterna bör dokumenteras tillsammans med bedömningen, också om ni väljer att göra på ett annat sätt, så att den som beslutar ser dem.
    .ref = GDPR art. 35.2 och 39.1 b och c

overall-decision = Vad beslutade den som har befogenhet att besluta?
    .label = Beslut
    .help = Gruppen föreslår, men beslutet fattas av nämnden eller av den som har delegation enligt delegationsordningen. Fyll i när beslutet är fattat; det kan skilja sig från gruppens förslag, och då bör skälen framgå av beslutet.
    .ref = GDPR art. 24 · kommunallagen (2017:725) 6 kap. 37–38 §§ och 7 kap. 5 §
    .hint = Lämna frågan öppen tills beslutet är fattat.
overall-decision--approve = Tjänsten får användas
overall-decision--approve-with-conditions = Tjänsten får användas när villkoren är uppfyllda
overall-decision--postpone = Beslutet skjuts upp
overall-decision--reject = Tjänsten får inte användas

overall-decision-maker = Vem fattade beslutet?
    .label = Beslutsfattare
    .help = Ange nämnden eller befattningen och, vid delegation, punkten i delegationsordningen, till exempel ”Socialnämnden” eller ”Förvaltningschef, delegationsordningen punkt 1.3”.
    .ref = Kommunallagen (2017:725) 6 kap. 37–38 §§ och 7 kap. 5 §

overall-decision-date = Vilket datum fattades beslutet?
    .label = Beslutsdatum
    .help = Datumet visar vilken version av bedömningen beslutet gäller och från när tjänsten får användas.
    .ref = GDPR art. 5.2 och 24

overall-diary-number = Vilket diarienummer har ärendet?
    .label = Diarienummer
    .help = Diarienumret kopplar bedömningen till beslutet och till ärendet i nämndens diarium, så att handlingarna går att hitta.
    .ref = OSL (2009:400) 5 kap. 1 §

overall-next-review = När ska bedömningen ses över nästa gång?
    .label = Nästa översyn
    .help = Bedömningen ska ses över när risken ändras, till exempel vid nya funktioner, nya underbiträden eller ändrade villkor, och när reglerna ändras. Läget för överföringar till USA och Storbritannien kan ändras: DPF-målet C-703/25 P pågår och beslutet om Storbritannien gäller till 27 december 2031 (kontrollerat november 2026). Välj ett datum, till exempel om ett år.
    .ref = GDPR art. 35.11 · cybersäkerhetslagen (2025:1506)

## Iakttagelser: konsekvensbedömningen

finding-dpia-not-minimised = Uppgifterna är inte begränsade till dem som behövs, eller så är det inte prövat
    .action = Informationsägaren och systemförvaltaren går igenom varje uppgift och funktion mot ändamålet och tar bort det som inte behövs (fritextfält, personnummer, oanvända frågor, för långa lagringstider) innan tjänsten tas i bruk.
    .help = Uppgifterna ska vara adekvata, relevanta och inte för omfattande, och inbyggt dataskydd ska vara standard (GDPR art. 5.1 c och 25.2).

finding-dpia-views-not-asked = De registrerades synpunkter har inte inhämtats, och inga skäl är angivna
    .action = Informationsägaren frågar de registrerade eller deras företrädare, till exempel ett brukarråd, en brukarorganisation eller personalens fackliga företrädare, eller dokumenterar varför det inte är lämpligt; jurist eller dataskyddsombud hjälper till med avvägningen.
    .help = Synpunkter ska inhämtas när det är lämpligt (GDPR art. 35.9); avstår ni, eller följer ni dem inte, ska skälen dokumenteras (WP248 rev.01, 2017).

finding-dpo-advice-not-followed = Dataskyddsombudets råd följs inte helt
    .action = Informationsägaren skriver ned vilka råd som inte följs och varför, och nämnden får se både råden och skälen innan den beslutar.
    .help = Den personuppgiftsansvarige behöver inte följa rådet, men rådet och skälen för att avvika ska dokumenteras i konsekvensbedömningen (GDPR art. 35.2 och 39.1 c, WP248 rev.01).

## Iakttagelser: säkerhetsåtgärder som klassningen kräver

finding-no-access-control = Behörigheterna kan inte, eller inte säkert, begränsas efter behovet i arbetet
    .action = Systemförvaltaren kräver behörigheter per roll, enhet eller ärende (kravtexten för åtgärden kan användas) och tar fram en rutin för att ge och ta bort behörigheter; tills det finns begränsar informationsägaren vilka uppgifter som läggs i tjänsten.
    .help = Åtkomst ska begränsas till dem som behöver uppgifterna i sitt arbete (GDPR art. 5.1 f, 25 och 32; KLASSA 4.0, konfidentialitet).

finding-strong-authentication-unmet = Stark autentisering för alla användare är inte säkerställd
    .action = IT-arkitekten ser till att alla användare och administratörer loggar in med minst två faktorer, helst e-legitimation via kommunens identitetslösning, och upphandlaren för in kravet i avtalet.
    .help = Konfidentialitet på nivå 2 eller högre kräver stark autentisering; med bara lösenord kan vem som helst som får tag på det läsa uppgifterna (GDPR art. 32).

finding-access-review-unmet = Behörigheterna följs inte upp regelbundet
    .action = Informationsägaren bestämmer hur ofta behörigheterna ska gås igenom, och systemförvaltaren gör genomgången och tar bort behörigheter som inte längre behövs, också administratörers och leverantörens.
    .help = Behörigheter som blir kvar efter att någon bytt arbete eller slutat är en vanlig väg till otillåten åtkomst (GDPR art. 32.1 d).

finding-unencrypted-transfer = Överföringen av uppgifterna är inte bekräftat krypterad
    .action = IT-arkitekten kontrollerar att all trafik, också till appar, kopplingar och underbiträden, krypteras med en aktuell version av TLS, och inga uppgifter om enskilda förs in i tjänsten förrän det är klart.
    .help = Uppgifter som skickas okrypterat över internet kan läsas och ändras av andra; för uppgifter om enskilda är det en allvarlig brist (GDPR art. 32.1 a, SKL:s pm 2013).

finding-no-encryption-at-rest = Lagrade uppgifter är inte bekräftat krypterade
    .action = IT-arkitekten kräver att lagrade uppgifter, säkerhetskopior och loggar krypteras, och upphandlaren för in kravet i avtalet.
    .help = Kryptering skyddar om någon kommer åt diskar eller säkerhetskopior (GDPR art. 32.1 a).

finding-no-encryption-at-rest-level-3 = Uppgifter med konfidentialitet på nivå 3 eller högre lagras utan bekräftad kryptering
    .action = Lägg inte in uppgifter med konfidentialitet på nivå 3 eller högre förrän IT-arkitekten har bekräftat att de, säkerhetskopior och loggar inkluderade, lagras krypterade; informationssäkerhetsansvarig prövar samtidigt om ni ska ha egna nycklar.
    .help = Nivå 3 betyder att ett röjande kan få allvarliga följder för enskilda, till exempel när uppgifter med socialtjänstsekretess kommer obehöriga till del; därför väger bristen tyngre än på lägre nivåer (GDPR art. 32.1 a, KLASSA 4.0).

finding-key-custody-unmet = Leverantören, inte ni, har kontroll över krypteringsnycklarna
    .action = Informationssäkerhetsansvarig och IT-arkitekten utreder egen nyckelhantering; går det inte tar jurist eller dataskyddsombud med det i sekretessprövningen och riskregistret, särskilt om leverantören eller moderbolaget lyder under lag i tredje land.
    .help = Den som har nycklarna kan läsa uppgifterna, och kan tvingas lämna ut dem; nycklar som bara ni har är en kompletterande åtgärd enligt EDPB:s rekommendationer 01/2020 v2.0.

finding-inactivity-lock-unmet = Tjänsten låses inte säkert vid inaktivitet
    .action = Systemförvaltaren ställer in automatisk låsning eller utloggning efter några minuter i webbläsare och appar, eller kräver funktionen av leverantören.
    .help = En öppen session på en obevakad dator eller mobil ger vem som helst tillgång (GDPR art. 32, SKR:s vägledning avsnitt 2.2).

finding-integrity-protection-unmet = Uppgifterna är inte säkert skyddade mot obehöriga ändringar
    .action = Systemförvaltaren begränsar vem som får ändra och radera och kräver ändringshistorik med vem och när, och informationsägaren bestämmer hur fel i uppgifterna upptäcks och rättas.
    .help = Beslut om enskilda får inte bygga på uppgifter som kan ha ändrats utan att det syns (GDPR art. 5.1 d och 32.1 b; KLASSA 4.0, riktighet).

finding-no-backup = Säkerhetskopiering saknas eller är inte säkerställd
    .action = Systemförvaltaren kräver säkerhetskopior som tas regelbundet, förvaras åtskilda och kan återställas, och upphandlaren för in kravet i avtalet.
    .help = GDPR art. 32.1 c kräver förmåga att återställa uppgifterna efter en incident; enkla lagringstjänster saknar ofta säkerhetskopiering (SKL:s pm 2013).

finding-no-backup-sensitive = Uppgifter med sekretess eller känsliga uppgifter saknar säker säkerhetskopiering
    .action = Lägg inte in sådana uppgifter förrän systemförvaltaren har bekräftat att de säkerhetskopieras och kan återställas; under tiden ska de också finnas i verksamhetssystemet.
    .help = Går uppgifter med sekretess, känsliga uppgifter eller uppgifter om personer med skyddade personuppgifter förlorade kan de enskilda skadas allvarligt, till exempel om underlag för ett beslut om skydd försvinner; därför är bristen allvarlig (GDPR art. 32.1 c).

finding-restore-test-unmet = Återställning från säkerhetskopia är inte provad
    .action = Systemförvaltaren begär att leverantören visar en provad återställning, eller provar själv med en del av uppgifterna, innan tjänsten tas i bruk och sedan varje år.
    .help = En kopia som aldrig har återställts är ingen garanti (GDPR art. 32.1 c och d).

finding-no-continuity-plan = Kontinuitetsplan för avbrott saknas eller är inte övad
    .action = Informationsägaren tar fram och övar en plan för kortare och längre avbrott, med reservrutiner och hur uppgifterna tas tillbaka om leverantören upphör.
    .help = Tillgänglighet på nivå 2 betyder att ett avbrott kan skada verksamheten och de enskilda betydligt (KLASSA 4.0, tillgänglighet; cybersäkerhetslagen 2025:1506).

finding-no-continuity-plan-level-3 = Kontinuitetsplan saknas trots att tillgängligheten är klassad på nivå 3 eller högre
    .action = Informationsägaren tar fram och övar en kontinuitetsplan innan tjänsten tas i bruk, med reservrutiner för brådskande beslut och hur uppgifterna tas tillbaka om leverantören upphör; informationssäkerhetsansvarig kontrollerar leverantörens plan.
    .help = På nivå 3 kan ett avbrott få allvarliga följder för enskilda, till exempel om handläggare inte når uppgifter när ett barn behöver skydd; därför väger bristen tyngre (KLASSA 4.0, tillgänglighet; cybersäkerhetslagen 2025:1506).

finding-availability-terms-unmet = Avtalet saknar tydliga nivåer för tillgänglighet, support och felavhjälpning
    .action = Upphandlaren för in tillgänglighet, supporttider, tid för att åtgärda fel och påföljd i avtalet, utifrån informationsägarens krav.
    .help = Utan avtalade nivåer finns inget att kräva vid avbrott (KLASSA 4.0, tillgänglighet).

finding-no-access-logging = Åtkomsten loggas inte, eller ni kan inte ta del av loggarna
    .action = Systemförvaltaren kräver loggning av all åtkomst till uppgifterna och att ni själva kan ta del av loggarna.
    .help = Utan logg går det inte att upptäcka eller utreda otillåten åtkomst (GDPR art. 5.2 och 32; KLASSA 4.0, spårbarhet).

finding-no-access-logging-sensitive = Åtkomst till uppgifter med sekretess eller känsliga uppgifter loggas inte säkert
    .action = Lägg inte in sådana uppgifter förrän systemförvaltaren har bekräftat att all åtkomst, också administratörers och leverantörens, loggas och att ni själva kan ta del av loggarna; informationssäkerhetsansvarig bestämmer hur de följs upp.
    .help = För uppgifter med sekretess och känsliga uppgifter krävs normalt att man kan följa upp vem som har haft åtkomst (SKL:s pm 2013, Sekretess och säkerhet); utan logg kan till exempel den som söker upp en skyddad adress inte upptäckas, och därför är bristen allvarlig.

finding-log-review-unmet = Loggarna följs inte upp regelbundet
    .action = Informationssäkerhetsansvarig bestämmer vem som följer upp loggarna, hur ofta och efter vilka mönster, och vad som händer vid misstanke om otillåten åtkomst.
    .help = Loggar som ingen läser upptäcker ingenting (GDPR art. 32.1 d; KLASSA 4.0, spårbarhet).

finding-log-protection-unmet = Loggarna är inte skyddade mot ändring, eller sparas inte en bestämd tid
    .action = IT-arkitekten kräver att loggarna skyddas mot ändring och radering, också från administratörer, och informationsägaren bestämmer hur länge de sparas.
    .help = En logg som kan ändras av den som loggas går inte att lita på vid en utredning (GDPR art. 32; KLASSA 4.0, spårbarhet).

finding-incident-routine-missing = Det saknas en säker väg för leverantörens incidentrapporter, så anmälan till IMY inom 72 timmar kan missas
    .action = Upphandlaren för in i avtalet hur och hur snabbt leverantören rapporterar incidenter, och informationssäkerhetsansvarig tar fram en intern rutin med jurist eller dataskyddsombud för bedömning och anmälan till IMY.
    .help = En personuppgiftsincident ska anmälas till IMY utan onödigt dröjsmål och om möjligt inom 72 timmar (GDPR art. 33.1); biträdet ska underrätta er utan onödigt dröjsmål (art. 33.2). Cybersäkerhetslagen (2025:1506) kan också kräva rapportering (kontrollerat november 2026).

finding-supplier-follow-up-missing = Ingen plan för att följa upp leverantören under avtalstiden
    .action = Systemförvaltaren planerar en årlig uppföljning av leverantören (säkerhet, underbiträden, platser, incidenter, ändrade villkor), och upphandlaren ser till att avtalet ger rätt till granskning.
    .help = Ansvaret som personuppgiftsansvarig och kraven på säkerhet i leverantörskedjan enligt cybersäkerhetslagen (2025:1506) gäller hela avtalstiden (GDPR art. 28.1 och 28.3 h).

finding-deletion-unmet = Uppgifter kan inte säkert raderas för gott
    .action = Systemförvaltaren tar reda på hur tjänsten raderar, också ur säkerhetskopior och loggar, och upphandlaren för in krav på radering med skriftlig bekräftelse i avtalet.
    .help = Personuppgifter får inte sparas längre än nödvändigt, och det som ska gallras måste kunna tas bort (GDPR art. 5.1 e och 17).

finding-export-unmet = Ni kan inte själva ta ut alla uppgifter i ett öppet format
    .action = IT-arkitekten kräver en fullständig export med bilagor och metadata i ett dokumenterat öppet format, och prövar den innan tjänsten tas i bruk.
    .help = Utan export blir ni beroende av leverantören vid byte, arkivering och utlämnande (GDPR art. 28.3 g, arkivlagen 1990:782).

## Iakttagelser: inloggning och enheter

finding-weak-auth-staff = Personalen kan logga in över internet med bara lösenord
    .action = IT-arkitekten kräver inloggning med minst två faktorer (BankID, annan e-legitimation, SITHS eID som kort eller app, eller engångskod) och stänger av inloggning med bara lösenord.
    .help = SKR:s vägledning (2020) anser att socialtjänsten rimligen bör ha samma skydd som hälso- och sjukvården, där HSLF-FS 2016:40 kräver stark autentisering över öppna nät.

finding-weak-auth-individuals = Enskilda kan logga in med bara lösenord, utan att undantaget är uppfyllt
    .action = Systemförvaltaren kräver BankID, annan e-legitimation eller engångskod via sms. Går det inte ska alla tre villkoren i undantaget uppfyllas: all historik avstängd, ett id från socialtjänsten i stället för namn eller personnummer, och avbrutna svar raderas.
    .help = Med bara lösenord kan den som känner till eller gissar det uppträda som den enskilde utan att det märks (SKR:s vägledning avsnitt 2.2).

finding-single-factor-exception = Enskilda loggar in med lösenord enligt vägledningens undantag
    .action = Systemförvaltaren dokumenterar undantaget och kontrollerar regelbundet att historiken är avstängd, att avbrutna svar raderas och att bara socialtjänsten kan koppla id till person.
    .help = Undantaget bygger på att det inte finns några personuppgifter att komma åt efter inloggningen; uppgifterna är ändå personuppgifter, men pseudonymiserade (GDPR art. 4.5, SKR:s vägledning avsnitt 2.2).

finding-individual-device-copies = Uppgifter kan bli kvar på den enskildes dator eller mobil
    .action = Systemförvaltaren kräver att tjänsten inte sparar uppgifter lokalt efter överföringen, och användarna informerar de enskilda om hur de loggar ut och rensar.
    .help = Andra i hushållet kan komma åt en delad dator eller mobil, också den som den enskilde kanske skyddas från (SKR:s vägledning avsnitt 2.2).

finding-offline-devices = Utlånade enheter skyddar inte uppgifterna tillräckligt
    .action = Systemförvaltaren ställer in enheterna så att uppgifterna lagras krypterade, appen låser sig vid inaktivitet och allt raderas efter överföringen, och skriver en rutin för utlåning och återlämning.
    .help = En enhet som lånas ut kan komma bort eller användas av någon annan (SKR:s vägledning avsnitt 2.2, GDPR art. 32).

## Iakttagelser: risker

finding-risk-analysis-missing = Riskregistret är tomt: riskerna för de enskilda är inte bedömda
    .action = Informationssäkerhetsansvarig leder en genomgång där gruppen för in riskerna för de enskilda, med sannolikhet och konsekvens före och efter åtgärder, åtgärder och en ägare per risk.
    .help = Bedömningen av riskerna för de registrerade är kärnan i en konsekvensbedömning (GDPR art. 35.7 c och d) och underlag för säkerhetsåtgärderna (art. 32) och riskhanteringen enligt cybersäkerhetslagen (2025:1506).

finding-risk-unacceptable = En risk för de enskilda är fortfarande hög efter åtgärderna
    .action = Riskens ägare föreslår fler åtgärder som sänker sannolikheten eller konsekvensen och gruppen bedömer risken igen; är den fortfarande hög måste nämnden antingen avstå eller begära förhandssamråd med IMY innan behandlingen börjar.
    .help = Risken räknas som hög när sannolikhet och konsekvens tillsammans blir 6 eller mer (till exempel 3 och 3, 2 och 4 eller 4 och 2). En kvarstående hög risk kräver förhandssamråd om ni går vidare (GDPR art. 36.1, skäl 94).

finding-guardian-risk-missing = Risken att ett barns uppgifter når vårdnadshavaren trots sekretess finns inte i riskregistret
    .action = Gruppen lägger till risken och bedömer den, med hjälp av jurist eller dataskyddsombud: kan aviseringar, gemensamma inloggningar, e-legitimation som vårdnadshavaren godkänt eller utskick röja uppgifter för vårdnadshavaren?
    .help = Vårdnadshavaren kan i regel ta del av uppgifter om barnet, men inte om barnet kan antas lida betydande men av det (OSL 12 kap. 3 §); en tjänst som barn använder måste klara det.

finding-protected-person-risk-missing = Risken att uppgifter om en person med skyddade personuppgifter når fel person finns inte i riskregistret
    .action = Gruppen lägger till risken och bedömer den, med hjälp av informationssäkerhetsansvarig: kan adress, vistelseort eller andra spår röjas genom behörigheter, utskick, aviseringar, loggar eller leverantörens support?
    .help = För den som har skyddad folkbokföring (folkbokföringslagen 16 §) eller sekretessmarkering kan en röjd uppgift leda till hot och våld.

## Iakttagelser: avtal

finding-click-through-not-saved = Villkoren i klickavtalet är inte sparade
    .action = Systemförvaltaren sparar villkoren med datum och en skärmbild av godkännandet och bevakar ändringar i villkoren.
    .help = Klickvillkor kan ändras utan att ni märker det (SKR:s vägledning avsnitt 2.8).

finding-click-through-sensitive = Ett klickavtal används för uppgifter med sekretess eller känsliga uppgifter
    .action = Använd inte tjänsten för sådana uppgifter med ett klickavtal. Upphandlaren upphandlar eller förhandlar ett avtal med personuppgiftsbiträdesavtal och de krav som klassningen ger.
    .help = Standardvillkor som inte går att påverka och kan ändras ensidigt ger inte det skydd som uppgifter med sekretess, känsliga uppgifter eller skyddade personuppgifter kräver; därför är bristen allvarlig (SKL:s pm 2013, Standardavtal; GDPR art. 28).

finding-no-dpa = Personuppgiftsbiträdesavtal saknas
    .action = Jurist eller dataskyddsombud tar fram ett personuppgiftsbiträdesavtal, gärna enligt SKR:s mall eller kommissionens klausuler (2021/915), och inga personuppgifter förs in i tjänsten förrän det är undertecknat.
    .help = GDPR art. 28.3 kräver ett skriftligt avtal när någon behandlar personuppgifter för er räkning.

finding-dpa-incomplete = Biträdesavtalet saknar delar som artikel 28 kräver
    .action = Jurist eller dataskyddsombud jämför avtalet med GDPR art. 28.3 och upphandlaren begär de tillägg som behövs, till exempel enligt SKR:s mall.
    .help = Standardvillkor saknar ofta instruktioner, regler om underbiträden, radering när avtalet upphör eller rätt till granskning.

finding-scc-outdated = Giltiga standardavtalsklausuler saknas för en överföring
    .action = Jurist eller dataskyddsombud ser till att 2021 års standardavtalsklausuler (2021/914) med rätt modul, oftast modul 2 eller 3, tecknas och att överföringen bedöms innan personuppgifter förs över.
    .help = De äldre klausulerna fick användas längst till 27 december 2022 (genomförandebeslut 2021/914 art. 4); utan giltig grund strider överföringen mot GDPR art. 44 och 46.

finding-subprocessor-control = Ni kan inte påverka leverantörens val av underbiträden
    .action = Upphandlaren kräver i avtalet att nya underbiträden meddelas i förväg med rätt för er att invända, och att underbiträden binds av samma villkor.
    .help = GDPR art. 28.2 och 28.4.

finding-location-not-in-contract = Avtalet anger inte var uppgifterna lagras, bearbetas och nås ifrån
    .action = Upphandlaren skriver in i avtalet i vilka länder uppgifterna lagras och bearbetas och varifrån support och drift når dem, och att det inte får ändras utan ert godkännande.
    .help = Utan det går det inte att hålla fast vid bedömningen av mottagarna och överföringarna (SKL:s pm 2013, checklistan punkt 2–3; GDPR art. 28.3 a och 44).

finding-vendor-own-use = Leverantören kan få använda uppgifterna för egna syften
    .action = Upphandlaren kräver att avtalet anger att ni äger informationen och att leverantören bara får behandla den enligt era instruktioner, inte för statistik, produktutveckling eller träning av AI-modeller.
    .help = Ett biträde som bestämmer egna ändamål blir självt personuppgiftsansvarigt för den behandlingen (GDPR art. 28.10), och det kan vara ett utlämnande som sekretessen inte tillåter.

finding-no-exit-terms = Villkor för när avtalet upphör saknas
    .action = Upphandlaren skriver in hur uppgifterna lämnas tillbaka (format och tid) och att de raderas, också i säkerhetskopior, med skriftlig bekräftelse.
    .help = GDPR art. 28.3 g; SKL:s pm 2013, checklistan punkt 5.

finding-routines-missing = Rutiner och roller för tjänsten saknas
    .action = Systemförvaltaren tar fram rutiner för ansvar, kontohantering och användning och informerar användarna.
    .help = SKR:s vägledning avsnitt 2.8.

## Iakttagelser: allmänna handlingar, gallring och arkiv

finding-only-copy = Tjänsten är enda lagringsplats och säkerhetskopieringen är inte säkerställd
    .action = Systemförvaltaren ser till att handlingarna säkerhetskopieras och kan återställas, eller att arkivarien för över dem till verksamhetssystem eller e-arkiv.
    .help = Avbrott eller ändringar i tjänsten får inte leda till att allmänna handlingar går förlorade (SKL:s pm 2013, Hantering av allmänna handlingar; OSL 4 kap.).

finding-only-copy-sensitive = Handlingar med sekretess eller känsliga uppgifter finns bara i tjänsten, utan säkerställd säkerhetskopiering
    .action = Informationsägaren ser till att handlingarna också förs in i verksamhetssystemet eller e-arkivet innan tjänsten används för dem, och systemförvaltaren säkerställer säkerhetskopiering.
    .help = Försvinner sådana handlingar kan det påverka beslut om de enskilda och deras möjlighet att ta del av sina uppgifter, och det går inte att reparera i efterhand; därför är bristen allvarlig.

finding-public-access-hard = Handlingar kan inte tas fram skyndsamt ur tjänsten
    .action = Systemförvaltaren ser till att ni själva kan söka fram och ta ut uppgifter ur tjänsten och beskriver i en rutin hur en begäran om utlämnande hanteras.
    .help = Allmänna handlingar ska lämnas ut skyndsamt efter sekretessprövning (tryckfrihetsförordningen 2 kap., OSL 4–6 kap.).

finding-no-deletion = Uppgifter kan inte gallras ur tjänsten
    .action = Systemförvaltaren kräver att tjänsten kan radera uppgifter helt, också ur säkerhetskopior, enligt lag och gallringsbeslut, och arkivarien för in tiderna i informationshanteringsplanen; annars begränsar informationsägaren vad som läggs i tjänsten.
    .help = Uppgifter som ska gallras enligt socialtjänstlagen, LSS eller nämndens gallringsbeslut måste kunna tas bort, och personuppgifter får inte sparas längre än nödvändigt (GDPR art. 5.1 e).

finding-no-deletion-sensitive = Uppgifter med sekretess eller känsliga uppgifter kan inte gallras ur tjänsten
    .action = Lägg inte in sådana uppgifter förrän systemförvaltaren har bekräftat att de kan raderas helt, också ur säkerhetskopior, enligt lag och gallringsbeslut; arkivarien för in tiderna i informationshanteringsplanen.
    .help = Uppgifter om enskildas personliga förhållanden som finns kvar efter gallringstiden kan röjas långt efter att de behövdes, och lagens gallringsregler skyddar just de enskilda; därför är bristen allvarlig (GDPR art. 5.1 e och 9).

finding-no-archive-export = Arkivuttag går inte att göra ur tjänsten
    .action = Arkivarien och IT-arkitekten kräver export i ett öppet och beständigt format och prövar ett arkivuttag till e-arkivet innan tjänsten tas i bruk.
    .help = Handlingar som ska bevaras måste kunna arkiveras (arkivlagen 1990:782).

finding-not-in-records-plan = Tjänsten finns inte med i informationshanteringsplanen
    .action = Arkivarien för in tjänstens handlingar, lagringsplats, bevarande och gallringstider i nämndens informationshanteringsplan, och nämnden beslutar om gallring.
    .help = Planen är underlaget för ordning, utlämnande och gallring av nämndens handlingar (arkivlagen 1990:782).

finding-documentation-outside-record = Det är inte bestämt vad från tjänsten som ska dokumenteras i den enskildes akt
    .action = Informationsägaren beslutar vilka uppgifter från tjänsten som ska föras in i akten och skriver in det i rutinen, och användarna får veta det.
    .help = Dokumentationen i socialtjänstens och LSS-verksamhetens ärenden regleras av SOSFS 2014:5 (kontrollerat november 2026).

## Iakttagelser: samlad bedömning

finding-prior-consultation = Hög risk kvarstår men tjänsten föreslås eller beslutas användas: förhandssamråd med IMY krävs innan behandlingen börjar
    .action = Nämnden låter inte behandlingen börja förrän jurist eller dataskyddsombud har begärt förhandssamråd hos IMY med konsekvensbedömningen och IMY har yttrat sig, eller förrän fler åtgärder har sänkt risken; alternativet är att avstå från tjänsten.
    .help = När en konsekvensbedömning visar hög risk som inte har sänkts ska IMY rådfrågas före behandlingen (GDPR art. 36.1, skäl 94); IMY svarar som regel inom åtta veckor, en tid som kan förlängas med sex veckor (art. 36.2). Avstår ni från tjänsten behövs inget förhandssamråd.

finding-risk-unclear = Det är oklart om hög risk kvarstår
    .action = Informationssäkerhetsansvarig och jurist eller dataskyddsombud gör klart riskregistret och konsekvensbedömningen så att gruppen kan ta ställning innan beslut.
    .help = Om hög risk kvarstår avgör om förhandssamråd med IMY krävs (GDPR art. 36).

finding-dpo-not-heard = Dataskyddsombudet har inte yttrat sig över den samlade bedömningen
    .action = Informationsägaren ber dataskyddsombudet (rollen jurist eller dataskyddsombud) om ett skriftligt yttrande och lägger det till bedömningen innan nämnden beslutar.
    .help = Dataskyddsombudet ska ge råd om konsekvensbedömningen och övervaka att reglerna följs (GDPR art. 35.2 och 39.1 b och c).

## The reference catalogue: each source once, with its full title
source-gdpr = Europaparlamentets och rådets förordning (EU) 2016/679 av den 27 april 2016 om skydd för fysiska personer med avseende på behandling av personuppgifter och om det fria flödet av sådana uppgifter (allmän dataskyddsförordning)
    .short = GDPR
source-nis2 = Europaparlamentets och rådets direktiv (EU) 2022/2555 av den 14 december 2022 om åtgärder för en hög gemensam cybersäkerhetsnivå i hela unionen (NIS 2-direktivet)
    .short = NIS 2-direktivet
source-scc = Kommissionens genomförandebeslut (EU) 2021/914 av den 4 juni 2021 om standardavtalsklausuler för överföring av personuppgifter till tredjeländer
    .short = SCC 2021/914
source-art28-clauses = Kommissionens genomförandebeslut (EU) 2021/915 av den 4 juni 2021 om standardavtalsklausuler mellan personuppgiftsansvariga och personuppgiftsbiträden
    .short = Klausuler 2021/915
source-dpf = Kommissionens genomförandebeslut (EU) 2023/1795 av den 10 juli 2023 om adekvat skyddsnivå för personuppgifter inom ramen för EU–US Data Privacy Framework
    .short = DPF-beslutet 2023/1795
source-uk-adequacy = Kommissionens genomförandebeslut (EU) 2021/1772 av den 28 juni 2021 om adekvat skyddsnivå för personuppgifter i Förenade kungariket, förlängt 2025 och förnyat genom nya genomförandebeslut den 19 december 2025, giltiga till den 27 december 2031 (kontrollerat november 2026)
    .short = Adekvansbeslutet för Förenade kungariket
source-schrems-ii = EU-domstolens dom den 16 juli 2020, Data Protection Commissioner mot Facebook Ireland Ltd och Maximillian Schrems (Schrems II)
    .short = Schrems II
source-latombe = Tribunalens dom den 3 september 2025, Latombe mot kommissionen (talan ogillades)
    .short = Latombe T-553/23
source-latombe-appeal = Överklagande av Latombes dom i mål C-703/25 P, ingivet den 31 oktober 2025, anhängigt (kontrollerat november 2026)
    .short = Överklagandet C-703/25 P
source-edpb-01-2020 = Europeiska dataskyddsstyrelsens rekommendationer 01/2020 om åtgärder som kompletterar överföringsverktyg för att säkerställa efterlevnad av EU:s skyddsnivå för personuppgifter, version 2.0
    .short = EDPB 01/2020
source-edpb-05-2021 = Europeiska dataskyddsstyrelsens riktlinjer 05/2021 om samspelet mellan tillämpningen av artikel 3 och bestämmelserna om internationella överföringar i kapitel V i dataskyddsförordningen, version 2.0
    .short = EDPB 05/2021
source-wp248 = Artikel 29-gruppens riktlinjer om konsekvensbedömning avseende dataskydd och fastställande av huruvida behandlingen sannolikt leder till en hög risk i den mening som avses i förordning 2016/679
    .short = WP 248
source-tf = Tryckfrihetsförordningen
    .short = TF
source-osl = Offentlighets- och sekretesslag
    .short = OSL
source-sol = Socialtjänstlag
    .short = SoL
source-lss = Lag om stöd och service till vissa funktionshindrade
    .short = LSS
source-lvu = Lag med särskilda bestämmelser om vård av unga
    .short = LVU
source-lvm = Lag om vård av missbrukare i vissa fall
    .short = LVM
source-solpul = Lag om behandling av personuppgifter inom socialtjänsten
    .short = SoLPUL
source-solpuf = Förordning om behandling av personuppgifter inom socialtjänsten
    .short = SoLPUF
source-dsl = Lag med kompletterande bestämmelser till EU:s dataskyddsförordning (dataskyddslagen)
    .short = Dataskyddslagen
source-dsf = Förordning med kompletterande bestämmelser till EU:s dataskyddsförordning
    .short = Dataskyddsförordningen (SFS 2018:219)
source-kl = Kommunallag
    .short = KL
source-arkl = Arkivlag
    .short = Arkivlagen
source-outsourcing-confidentiality = Lag om tystnadsplikt vid utkontraktering av teknisk bearbetning eller lagring av uppgifter
    .short = Lag (2020:914)
source-csl = Cybersäkerhetslag
    .short = Cybersäkerhetslagen
source-csf = Cybersäkerhetsförordning
    .short = Cybersäkerhetsförordningen
source-fbl = Folkbokföringslag
    .short = Folkbokföringslagen
source-lou = Lag om offentlig upphandling
    .short = LOU
source-bb = Brottsbalk
    .short = Brottsbalken
source-fb = Föräldrabalk
    .short = Föräldrabalken
source-crc = Lag om Förenta nationernas konvention om barnets rättigheter
    .short = Barnkonventionen
source-sosfs-2014-5 = Socialstyrelsens föreskrifter och allmänna råd om dokumentation i verksamhet som bedrivs med stöd av SoL, LVU, LVM och LSS, ändrade genom HSLF-FS 2022:37
    .short = SOSFS 2014:5
source-hslf-fs-2016-40 = Socialstyrelsens föreskrifter och allmänna råd om journalföring och behandling av personuppgifter i hälso- och sjukvården
    .short = HSLF-FS 2016:40
source-prop-2019-20-201 = Regeringens proposition 2019/20:201 Tystnadsplikt vid utkontraktering av teknisk bearbetning eller lagring av uppgifter
    .short = Prop. 2019/20:201
source-prop-2022-23-97 = Regeringens proposition 2022/23:97 Sekretessgenombrott vid utlämnande för teknisk bearbetning eller teknisk lagring av uppgifter
    .short = Prop. 2022/23:97
source-prop-2025-26-12 = Regeringens proposition 2025/26:12 Stärkt skydd för barn som riskerar att fara illa
    .short = Prop. 2025/26:12
source-imy-list = Datainspektionens (numera Integritetsskyddsmyndigheten, IMY) beslut om förteckning enligt artikel 35.4 i dataskyddsförordningen över behandlingar som kräver en konsekvensbedömning (kontrollerat november 2026)
    .short = IMY:s förteckning
source-imy-dpia = IMY, Dataskyddsförordningen om konsekvensbedömningar och förhandssamråd (webbsida, kontrollerad november 2026)
    .short = IMY om konsekvensbedömningar
source-imy-work = IMY, Konsekvensbedömning, avsnittet Arbetsliv (webbsida, kontrollerad november 2026)
    .short = IMY om konsekvensbedömning i arbetslivet
source-skr-guidance = Sveriges Kommuner och Regioner, Vägledning för socialtjänsten om molntjänster (2020)
    .short = SKR:s vägledning
source-skl-memo = Sveriges Kommuner och Landsting, Använd molntjänster på rätt sätt (promemoria, 2013)
    .short = SKL:s pm
source-skr-position = Sveriges Kommuner och Regioner, ställningstagande om informationshantering i molntjänster
    .short = SKR:s ställningstagande
source-esam-2018 = eSam, Rättsligt uttalande om röjande och molntjänster (2018)
    .short = eSam 2018
source-esam-2023 = eSam, promemoria Adekvansbeslut och ny sekretessbrytande bestämmelse (2023, kontrollerad november 2026)
    .short = eSam 2023
source-klassa = Sveriges Kommuner och Regioner, Klassa 4.0, informationsklassning (publicerad 27 juni 2024)
    .short = KLASSA 4.0
source-iso-27002 = ISO/IEC 27002:2022 Informationssäkerhet, cybersäkerhet och integritetsskydd – Säkerhetsåtgärder
    .short = ISO/IEC 27002
source-digg-trust = Myndigheten för digital förvaltning (DIGG), Tillitsramverk för Svensk e-legitimation
    .short = DIGG:s tillitsramverk
source-digg-eid = Myndigheten för digital förvaltning (DIGG), elegitimation.se (kontrollerad november 2026)
    .short = elegitimation.se
source-siths = Inera, SITHS eID (kontrollerad november 2026)
    .short = SITHS eID
source-freja = Freja eID, vanliga frågor (kontrollerad november 2026)
    .short = Freja eID
source-bankid = BankID, frågor om beställning
    .short = BankID
source-cloud-act = Clarifying Lawful Overseas Use of Data Act (CLOUD Act), USA
    .short = CLOUD Act
source-skv-protected = Skatteverkets rättsliga vägledning om sekretessmarkering
    .short = Skatteverket om sekretessmarkering
