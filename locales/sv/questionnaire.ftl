### molnkoll: frågeformulärets texter på svenska (primärt språk).
### Strukturen finns i questionnaires/molnkoll.ron. Sakuppgifterna kontrollerades i november 2026
### (content_as_of 2026-11-23) mot tabellen "Current facts that supersede the seeds" i DESIGN.md.

## Avsnitt

section-assessment = Bedömningen
section-dpia = Behövs en konsekvensbedömning?
section-mapping = Kartläggning av informationen
section-legal = Lagar och sekretess
section-transfer = Var finns uppgifterna? Tredje land
section-uk = Storbritannien
section-classification = Informationsklassning
section-risk = Risk- och sårbarhetsanalys
section-security = Säkerhetsåtgärder
section-contracts = Avtal och dokumentation
section-records = Allmänna handlingar och arkiv
section-overall = Samlad bedömning

## Gemensamma svarsalternativ

option-sweden = Sverige
option-eu-eea = Annat land inom EU/EES
option-uk = Storbritannien
option-usa = USA
option-other = Annat land utanför EU/EES

level-0 = 0 – försumbar
level-1 = 1 – måttlig
level-2 = 2 – betydande
level-3 = 3 – allvarlig
level-4 = 4 – synnerligen allvarlig

## 1. Bedömningen

assessment-service-name = Vad heter molntjänsten?
    .help = Namnet, gärna med version eller modul, gör att bedömningen går att hitta och följa upp. En bedömning gäller en viss tjänst som används på ett visst sätt: byter ni tjänst eller ändrar användningen behöver bedömningen göras om. Skriv inga personuppgifter här.
    .ref = SKR:s vägledning för socialtjänsten om molntjänster, inledningen

assessment-vendor-name = Vilket företag levererar tjänsten?
    .help = Ange det bolag som ni tecknar avtal med. Var bolaget och dess eventuella moderbolag har sitt säte frågar vi om senare, eftersom det avgör vilka länders lagar leverantören måste följa. Leverantören blir i regel ert personuppgiftsbiträde.
    .ref = GDPR art. 4.8 och 28 · SKL:s pm Använd molntjänster på rätt sätt (2013)

assessment-purpose = Vad ska tjänsten användas till? Beskriv kort.
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
    .help = Bedömningen ska som huvudregel göras innan några uppgifter behandlas i tjänsten, helst före upphandlingen så att kraven kommer med i förfrågningsunderlaget. Används tjänsten redan ska bedömningen göras nu. Den ska också göras om när risken förändras.
    .ref = GDPR art. 35.1 och 35.11 · SKR:s vägledning avsnitt 1.2
assessment-stage--planning = Vi överväger att använda tjänsten
assessment-stage--procurement = Vi upphandlar eller köper in tjänsten
assessment-stage--in-use = Tjänsten används redan

assessment-controller = Vem är personuppgiftsansvarig för behandlingen i tjänsten?
    .help = Den personuppgiftsansvarige bestämmer varför och hur uppgifterna behandlas och bär ansvaret, också för det som leverantören gör. Enligt förordningen (2001:637) om behandling av personuppgifter inom socialtjänsten är det socialnämnden (eller motsvarande nämnd) för kommunens verksamhet och den privata utföraren för sin egen verksamhet. Leverantören av molntjänsten är i regel personuppgiftsbiträde.
    .ref = GDPR art. 4.7 och 24 · SoLPUF (2001:637) · SKR:s vägledning avsnitt 1
assessment-controller--committee = Nämnden (socialnämnd eller motsvarande)
assessment-controller--private-provider = En privat utförare
assessment-controller--unclear = Det är oklart

assessment-participants = Vilka roller deltar i bedömningen?
    .help = En bra bedömning kräver kunskap om verksamheten, tekniken och juridiken. Vägledningen rekommenderar en workshop med systemförvaltare, informationsägare (någon som kan besluta om vägval), användare från olika delar av verksamheten, it-arkitekt, informationssäkerhetsansvarig och jurist eller dataskyddsombud. Saknas en roll, anteckna vem som ska tillfrågas efteråt.
    .ref = SKR:s vägledning avsnitt 2.7 · GDPR art. 35.2
assessment-participants--system-manager = Systemförvaltare
assessment-participants--information-owner = Informationsägare
assessment-participants--users = Användare från verksamheten
assessment-participants--it-architect = It-arkitekt
assessment-participants--security-officer = Informationssäkerhetsansvarig
assessment-participants--lawyer-dpo = Jurist eller dataskyddsombud

## 2. Konsekvensbedömning

dpia-evaluation = Bedöms eller poängsätts personer i tjänsten, till exempel genom profilering eller förutsägelser om beteende?
    .help = Det här är ett av de nio kriterierna i IMY:s förteckning över när en konsekvensbedömning krävs; är minst två uppfyllda krävs i regel en. Exempel är riskbedömningsinstrument, skattningsskalor som räknar fram ett värde och funktioner som förutsäger behov. Vägledningen hänvisar till Datainspektionen, som sedan 1 januari 2021 heter Integritetsskyddsmyndigheten (IMY).
    .ref = GDPR art. 35.1 och 35.4 · IMY:s förteckning enligt art. 35.4 (kontrollerat november 2026) · SKR:s vägledning avsnitt 1.4

dpia-automated-decisions = Fattar tjänsten automatiska beslut som har rättslig eller liknande betydande effekt för den enskilde?
    .help = Automatiserade beslut med rättsliga följder, till exempel om någon beviljas bistånd, eller med liknande betydande påverkan är ett av IMY:s kriterier. Ett stöd som bara ger handläggaren underlag räknas inte hit, men kan vara poängsättning (föregående fråga). Enskilda har dessutom särskilda rättigheter när beslut fattas helt automatiskt.
    .ref = GDPR art. 22 och 35.3 a · IMY:s förteckning enligt art. 35.4 (kontrollerat november 2026) · SKR:s vägledning avsnitt 1.4

dpia-monitoring = Används tjänsten för att systematiskt övervaka, observera eller kontrollera de enskilda?
    .help = Systematisk övervakning är ett av IMY:s kriterier. Exempel är positionering, sensorer eller kamera i hemmet och fortlöpande registrering av hur någon använder en app. Övervakning är särskilt ingripande när den enskilde inte märker den eller inte kan välja bort den.
    .ref = GDPR art. 35.3 c · IMY:s förteckning enligt art. 35.4 (kontrollerat november 2026) · SKR:s vägledning avsnitt 1.4

dpia-sensitive = Behandlas känsliga personuppgifter eller uppgifter av mycket personlig karaktär?
    .help = Känsliga personuppgifter är bland annat uppgifter om hälsa, etniskt ursprung, religion och sexualliv. Till uppgifter av mycket personlig karaktär räknas också mycket av det som finns i socialtjänsten, som missbruk, ekonomiskt bistånd, våld i nära relationer och lagöverträdelser. Det är ett av IMY:s kriterier, och i socialtjänsten är svaret nästan alltid ja.
    .ref = GDPR art. 9 och 10 · IMY:s förteckning enligt art. 35.4 (kontrollerat november 2026) · SKR:s vägledning avsnitt 1.4

dpia-large-scale = Sker behandlingen i stor omfattning?
    .help = Omfattningen bedöms efter hur många personer som berörs, hur mycket uppgifter det gäller, hur länge behandlingen pågår och hur stort geografiskt område den täcker. En tjänst för alla brukare i en kommun, eller för flera kommuner, är ofta i stor omfattning. Det är ett av IMY:s kriterier.
    .ref = GDPR art. 35.3 b och skäl 91 · IMY:s förteckning enligt art. 35.4 (kontrollerat november 2026) · SKR:s vägledning avsnitt 1.4

dpia-combining = Samkörs eller kombineras uppgifter från olika system eller källor?
    .help = Att matcha eller föra samman uppgifter från olika system eller ändamål, på ett sätt som den enskilde inte räknar med, är ett av IMY:s kriterier. Ett exempel är att tjänsten hämtar uppgifter från verksamhetssystemet och kombinerar dem med egna uppgifter. Kriteriet finns inte i vägledningens tabell, men i IMY:s förteckning.
    .ref = IMY:s förteckning enligt art. 35.4 (kontrollerat november 2026)

dpia-vulnerable = Gäller uppgifterna personer i utsatt ställning, som barn, äldre, personer med funktionsnedsättning eller andra som är beroende av socialtjänsten?
    .help = Den som befinner sig i underläge eller beroendeställning har svårare att bevaka sina rättigheter. Det är ett av IMY:s kriterier, och i socialtjänsten är det nästan alltid uppfyllt eftersom den enskilde är beroende av nämndens beslut.
    .ref = GDPR skäl 75 · IMY:s förteckning enligt art. 35.4 (kontrollerat november 2026) · SKR:s vägledning avsnitt 1.4

dpia-innovative = Används ny eller innovativ teknik, till exempel AI, taligenkänning eller nya sätt att organisera arbetet?
    .help = Ny teknik kan medföra risker som ingen ännu känner till. Ett AI-stöd i molnet, automatisk utskrift av samtal och sensorer i hemmet är exempel. Det är ett av IMY:s kriterier.
    .ref = GDPR art. 35.1 · IMY:s förteckning enligt art. 35.4 (kontrollerat november 2026) · SKR:s vägledning avsnitt 1.4

dpia-blocks-right = Kan behandlingen hindra någon från att utöva en rättighet eller få en tjänst eller insats?
    .help = Om tjänsten avgör vem som får tillgång till en insats, eller om stöd bara går att få genom tjänsten, är det ett av IMY:s kriterier. Tänk på dem som saknar dator, mobil eller e-legitimation.
    .ref = IMY:s förteckning enligt art. 35.4 (kontrollerat november 2026)

dpia-decision = Vad har ni bestämt om konsekvensbedömning?
    .help = Är två eller fler av IMY:s kriterier uppfyllda ska en konsekvensbedömning göras innan behandlingen börjar. Den ska beskriva behandlingen och syftet, bedöma om behandlingen är nödvändig och proportionerlig, bedöma riskerna för de enskilda och ange vilka åtgärder som ska hantera riskerna. Dataskyddsombudets råd ska inhämtas.
    .ref = GDPR art. 35.2 och 35.7 · IMY:s förteckning enligt art. 35.4 (kontrollerat november 2026) · SKR:s vägledning avsnitt 1.1–1.3
dpia-decision--done = En konsekvensbedömning är gjord
dpia-decision--planned = Den ska göras innan tjänsten används
dpia-decision--not-needed = Vi bedömer att den inte behövs

dpia-skip-documented = Har ni skriftligt motiverat varför ingen konsekvensbedömning behövs?
    .help = Även när två eller fler kriterier är uppfyllda kan den personuppgiftsansvarige komma fram till att behandlingen sannolikt inte leder till hög risk. IMY anger att skälen då ska motiveras och dokumenteras. Utan dokumentation går det inte att visa att ni har gjort bedömningen.
    .ref = GDPR art. 5.2 och 35 · IMY:s förteckning enligt art. 35.4 (kontrollerat november 2026) · SKR:s vägledning avsnitt 1.4

dpia-skip-dpo = Har dataskyddsombudets synpunkter på beslutet tagits in och dokumenterats?
    .help = När man avstår från en konsekvensbedömning trots att kriterierna talar för en, ska dataskyddsombudets synpunkter enligt IMY finnas med i dokumentationen. Alla myndigheter, också kommuner, ska ha ett dataskyddsombud.
    .ref = GDPR art. 37–39 · IMY:s förteckning enligt art. 35.4 (kontrollerat november 2026)

## 3. Kartläggning

mapping-personal-data = Kommer personuppgifter att behandlas i tjänsten?
    .help = Alla uppgifter som direkt eller indirekt kan kopplas till en levande person är personuppgifter, också pseudonymiserade uppgifter som ett alias eller ett ärendenummer. I socialtjänsten är svaret nästan alltid ja. Svarar ni nej, kontrollera särskilt fritextfält, bilagor och loggar.
    .ref = GDPR art. 4.1 och skäl 26 · SKR:s vägledning avsnitt 2.5

mapping-information = Vilka sorters uppgifter kan finnas i tjänsten?
    .help = Kartläggningen är första steget: utan den går det inte att bedöma hur skyddsvärd informationen är eller om den alls passar i en molntjänst. Välj allt som kan förekomma, också sådant som bara ibland hamnar i tjänsten. Utgå från de mest känsliga uppgifter som kan tänkas hanteras.
    .ref = SKR:s vägledning avsnitt 2.5 och 2.6 · GDPR art. 9 och 10 · dataskyddslagen (2018:218) 3 kap.
mapping-information--identity = Namn och kontaktuppgifter
mapping-information--personnummer = Personnummer eller samordningsnummer
mapping-information--case-records = Uppgifter ur ärenden och utredningar
mapping-information--self-assessment = Självskattningar och enkätsvar
mapping-information--health = Hälsa
mapping-information--substance-use = Missbruk eller beroende
mapping-information--finances = Ekonomi och ekonomiskt bistånd
mapping-information--family-relations = Familjeförhållanden och våld i nära relationer
mapping-information--offences = Lagöverträdelser

mapping-secrecy = Kan uppgifterna i tjänsten omfattas av sekretess?
    .help = Uppgifter om enskildas personliga förhållanden i socialtjänsten skyddas av stark sekretess i offentlighets- och sekretesslagen (2009:400). Vägledningen anger lagen med fel årtal (2019:400); rätt är 2009:400. Är svaret ja eller osäkert måste ni pröva om uppgifterna får lämnas till leverantören, vilket frågorna om lagar och sekretess tar upp.
    .ref = OSL (2009:400) 26 kap. 1 § · SKR:s vägledning avsnitt 2.5

mapping-children = Gäller uppgifterna barn, eller ska barn själva använda tjänsten?
    .help = Barn har rätt till särskilt skydd för sina personuppgifter, och information till barn ska vara lätt att förstå. Barn och unga saknar ofta BankID eller egen mobil, vilket påverkar hur inloggningen kan ordnas. Barnkonventionen gäller som svensk lag sedan 1 januari 2020.
    .ref = GDPR skäl 38 och art. 12 · lag (2018:1197) om FN:s konvention om barnets rättigheter · SKR:s vägledning avsnitt 2.2

mapping-individuals-use = Ska enskilda (klienter, brukare) själva logga in i tjänsten, till exempel för självskattning?
    .help = När enskilda använder tjänsten över internet ställs krav på hur de loggar in och på att inga uppgifter blir kvar i deras dator eller mobil. Svarar ni ja kommer frågor om det under säkerhetsåtgärder.
    .ref = SKR:s vägledning avsnitt 2.2

mapping-free-text = Finns det fritextfält i tjänsten, där personal eller enskilda kan skriva vad de vill?
    .help = I fritext skrivs lätt namn på andra personer och känsliga uppgifter som inte behövs. Sådant hamnar hos leverantören och är svårt att rensa bort, till exempel när uppgifter ska sammanställas. Vägledningen avråder därför från fritextfält och föreslår ja/nej-frågor eller fasta svarsalternativ.
    .ref = GDPR art. 5.1 c och 25 · SKR:s vägledning avsnitt 2.3

mapping-free-text-limited = Vad gör ni med fritextfälten?
    .help = Bäst är att ta bort fritextfälten. Behövs de verkligen bör antalet tecken begränsas och användarna få tydliga instruktioner om vad som inte får skrivas.
    .ref = SKR:s vägledning avsnitt 2.3
mapping-free-text-limited--removed = De tas bort eller stängs av
mapping-free-text-limited--limited = De finns kvar men med begränsat antal tecken
mapping-free-text-limited--kept = De finns kvar som de är

mapping-offline-use = Ska uppgifter registreras utan uppkoppling, till exempel i en surfplatta eller mobil som lånas ut till den enskilde?
    .help = Alla har inte dator, mobil eller internet. Vägledningen beskriver hur socialtjänsten kan låna ut en enhet där den enskilde fyller i uppgifter utan uppkoppling, och hur uppgifterna sedan förs över till tjänsten. Det ställer egna krav på kryptering och radering i enheten.
    .ref = SKR:s vägledning avsnitt 2.2

mapping-suitable = Bedömer ni efter kartläggningen att informationen alls är lämplig att hantera i en molntjänst?
    .help = Kartläggningen ska visa hur skyddsvärd informationen är för den enskilde, för verksamheten och för samhället. För viss information blir slutsatsen att den inte bör hanteras i en molntjänst alls, eller bara i en viss sorts tjänst. SKR rekommenderar en noggrann riskanalys särskilt för känslig information i tjänster som kontrolleras från ett annat land.
    .ref = SKR:s vägledning avsnitt 2.5 · SKR:s ställningstagande om informationshantering i molntjänster

## 4. Lagar och sekretess

legal-activity-law = Enligt vilka lagar bedrivs verksamheten som ska använda tjänsten?
    .help = Verksamhetens lagar avgör vilken sekretess och vilka krav på dokumentation som gäller. Sedan 1 juli 2025 gäller en ny socialtjänstlag (2025:400); den tidigare var 2001:453, som vägledningen felaktigt anger som 2001:43 (kontrollerat november 2026). Kontrollera att era rutiner hänvisar till rätt lag.
    .ref = Socialtjänstlag (2025:400) · LSS (1993:387) · LVU (1990:52) · LVM (1988:870)
legal-activity-law--sol = Socialtjänstlagen (2025:400)
legal-activity-law--lss = LSS (1993:387)
legal-activity-law--lvu = LVU (1990:52)
legal-activity-law--lvm = LVM (1988:870)
legal-activity-law--other = Annan lag

legal-solpul = Har ni stämt av att behandlingen ryms inom dataskyddsreglerna för socialtjänsten?
    .help = Personuppgifter i socialtjänsten behandlas enligt dataskyddsförordningen (GDPR), dataskyddslagen (2018:218) med förordning (2018:219), och lagen (2001:454) och förordningen (2001:637) om behandling av personuppgifter inom socialtjänsten (SoLPUL och SoLPUF). Personuppgiftslagen (PuL), som SKL:s pm från 2013 bygger på, upphävdes 2018. Stäm av att ändamålen och uppgifterna ryms inom reglerna (kontrollerat november 2026).
    .ref = GDPR art. 6 och 9 · dataskyddslagen (2018:218) · förordning (2018:219) · SoLPUL (2001:454) · SoLPUF (2001:637)

legal-who-how-where = Vet ni vem hos leverantören som hanterar informationen, hur den hanteras och var den finns geografiskt?
    .help = För att kunna avgöra om det är lagligt och lämpligt att anlita leverantören måste ni veta vilka som kommer åt uppgifterna (också underleverantörer och support), hur de hanteras och i vilka länder de lagras och bearbetas. Utan det går varken sekretessprövningen eller bedömningen av överföring till tredje land att göra.
    .ref = SKR:s vägledning avsnitt 2.5 · GDPR art. 28.1

legal-secrecy-assessed = Har ni prövat om uppgifter med sekretess får lämnas till leverantören?
    .help = Att leverantören kommer åt uppgifterna kan vara ett utlämnande som måste vara förenligt med sekretessen. Sedan 1 juli 2023 får en myndighet enligt OSL 10 kap. 2 a § lämna uppgifter till en leverantör för enbart teknisk bearbetning eller lagring, om det inte är olämpligt med hänsyn till omständigheterna (prop. 2022/23:97, kontrollerat november 2026). Regeln fanns inte när vägledningen skrevs. Prövningen ska göras och dokumenteras innan tjänsten används; för en privat utförare gäller i stället den lagstadgade tystnadsplikten.
    .ref = OSL (2009:400) 10 kap. 2 a § och 26 kap. 1 § · prop. 2022/23:97 · SKR:s vägledning avsnitt 2.5

legal-technical-only = Ska leverantören hantera uppgifterna enbart för teknisk bearbetning eller lagring åt er?
    .help = Regeln i OSL 10 kap. 2 a § gäller bara när leverantören hanterar uppgifterna tekniskt åt er, till exempel lagrar dem eller driver systemet. Ska leverantören använda innehållet för egna syften, som analys, statistik, produktutveckling eller träning av AI-modeller, räcker regeln inte.
    .ref = OSL (2009:400) 10 kap. 2 a § · prop. 2022/23:97 (kontrollerat november 2026)

legal-unsuitable = Finns det omständigheter som gör det olämpligt att lämna uppgifterna till leverantören?
    .help = Även teknisk bearbetning och lagring är otillåten om den är olämplig med hänsyn till omständigheterna. Det som kan tala emot är till exempel att leverantören kan tvingas lämna ut uppgifter till en utländsk myndighet, brister i säkerheten, att personalen saknar straffsanktionerad tystnadsplikt eller att uppgifterna är särskilt känsliga. eSam (2018 och i en promemoria 2023) betonar att varken den nya sekretessregeln eller EU–US Data Privacy Framework är ett ovillkorligt klartecken; en egen bedömning krävs.
    .ref = OSL (2009:400) 10 kap. 2 a § · prop. 2022/23:97 · eSam (kontrollerat november 2026)

legal-cybersecurity = Ingår tjänsten i organisationens riskhantering och leverantörskontroll enligt cybersäkerhetslagen?
    .help = Cybersäkerhetslagen (2025:1506), som genomför EU:s NIS2-direktiv, gäller från 15 januari 2026 och omfattar alla kommuner. Den kräver bland annat riskhantering och säkerhet i leverantörskedjan, och det gäller också molntjänster. Lagen fanns inte när vägledningen skrevs. Om en privat utförare omfattas beror på verksamheten; stäm av med er jurist (kontrollerat november 2026).
    .ref = Cybersäkerhetslagen (2025:1506)

legal-outdated-docs = Hänvisar era egna rutiner, mallar eller avtal fortfarande till PuL, Datainspektionen, Privacy Shield eller den gamla socialtjänstlagen?
    .help = Mycket har ändrats sedan vägledningen skrevs: PuL upphävdes 2018, Datainspektionen heter Integritetsskyddsmyndigheten (IMY) sedan 1 januari 2021, Privacy Shield ogiltigförklarades av EU-domstolen 16 juli 2020 och en ny socialtjänstlag (2025:400) gäller sedan 1 juli 2025 (kontrollerat november 2026). Gamla hänvisningar kan leda till fel bedömningar.
    .ref = Dataskyddslagen (2018:218) · EU-domstolen C-311/18 (Schrems II) · socialtjänstlag (2025:400)

## 5. Tredje land

transfer-vendor-seat = Var har leverantören sitt säte?
    .help = Leverantören måste följa lagarna i det land där den har sitt säte. Ligger sätet utanför EU/EES krävs en grund för överföringen enligt dataskyddsförordningen, och utländsk lag kan tvinga leverantören att lämna ut uppgifter. Även för leverantörer inom EU bör ni kontrollera att personalen har straffsanktionerad tystnadsplikt.
    .ref = GDPR kap. V · SKR:s vägledning avsnitt 2.6

transfer-parent-seat = Var har leverantörens moderbolag sitt säte?
    .help = Ett svenskt eller europeiskt bolag kan ägas av ett bolag i ett annat land, vars lag kan nå uppgifter som koncernen kontrollerar. Det gäller särskilt amerikanska koncerner: CLOUD Act (2018) låter amerikanska myndigheter kräva ut uppgifter som ett amerikanskt bolag har i sin besittning eller kontroll, även om de lagras utanför USA. Om det når ett dotterbolag beror på omständigheterna.
    .ref = SKR:s vägledning avsnitt 2.6 · CLOUD Act (USA, 2018)
transfer-parent-seat--no-parent = Leverantören har inget moderbolag

transfer-storage-location = I vilka länder lagras uppgifterna, säkerhetskopior inräknade?
    .help = Var datacentren ligger avgör om uppgifterna förs över till tredje land. Glöm inte säkerhetskopior och reservdatacenter. Välj alla länder som förekommer.
    .ref = GDPR art. 44 · SKL:s pm Använd molntjänster på rätt sätt, checklistan punkt 2

transfer-processing-location = I vilka länder bearbetas uppgifterna?
    .help = Många leverantörer skiljer på lagring och bearbetning: uppgifterna kan lagras i EU men bearbetas eller analyseras någon annanstans. Både lagring och bearbetning är behandling av personuppgifter, och en överföring till tredje land kräver en grund i båda fallen. SKL:s pm från 2013 beskriver detta utifrån PuL, som har ersatts av dataskyddsförordningen.
    .ref = GDPR art. 4.2 och 44 · SKL:s pm Använd molntjänster på rätt sätt, checklistan punkt 3

transfer-support-location = Från vilka länder kan support, drift och underhåll komma åt uppgifterna?
    .help = Åtkomst från ett annat land, till exempel när en supporttekniker felsöker, räknas som överföring till det landet även om uppgifterna lagras i Sverige. Support dygnet runt sköts ofta från flera världsdelar.
    .ref = GDPR art. 44 · EDPB:s rekommendationer 01/2020 v2.0

transfer-subprocessors-known = Har leverantören redovisat vilka underleverantörer (underbiträden) som hanterar uppgifterna?
    .help = Leverantören ska kunna ange och ansvara för sina underbiträden och får bara anlita dem med ert tillstånd. Varje underbiträde ska ha samma skyldigheter som leverantören. Okända underbiträden betyder att ni inte vet var uppgifterna finns eller vem som kommer åt dem.
    .ref = GDPR art. 28.2 och 28.4 · SKL:s pm Använd molntjänster på rätt sätt, checklistan punkt 1
transfer-subprocessors-known--none-used = Inga underbiträden används
transfer-subprocessors-known--listed = Ja, en fullständig lista
transfer-subprocessors-known--partly = Delvis
transfer-subprocessors-known--unknown = Nej, de är okända

transfer-subprocessor-location = I vilka länder finns underbiträdena, eller varifrån kommer de åt uppgifterna?
    .help = Underbiträdenas placering räknas på samma sätt som leverantörens egen. Stora leverantörer använder ofta underbiträden för support, drift eller utskick i flera länder.
    .ref = GDPR art. 28.4 och 44

transfer-basis = Vilken grund finns för att föra över uppgifterna till länder utanför EU/EES?
    .help = Överföring till tredje land kräver ett beslut av EU-kommissionen om att landet har adekvat skyddsnivå, eller lämpliga skyddsåtgärder som kommissionens standardavtalsklausuler (beslut 2021/914) eller bindande företagsbestämmelser (BCR). För USA gäller EU–US Data Privacy Framework (beslut 2023/1795 av den 10 juli 2023) bara organisationer som har självcertifierat sig. Privacy Shield, som vägledningen nämner, ogiltigförklarades av EU-domstolen 16 juli 2020 (Schrems II, C-311/18) (kontrollerat november 2026).
    .ref = GDPR art. 45–47 · kommissionens beslut 2021/914 och 2023/1795 · C-311/18 · SKR:s vägledning avsnitt 2.6
transfer-basis--adequacy = Beslut om adekvat skyddsnivå för landet (till exempel Storbritannien)
transfer-basis--dpf = EU–US Data Privacy Framework (mottagaren är certifierad)
transfer-basis--scc = Standardavtalsklausuler (2021/914)
transfer-basis--bcr = Bindande företagsbestämmelser (BCR)
transfer-basis--none = Ingen grund

transfer-tia = Har överföringen bedömts (TIA) och har kompletterande åtgärder införts där det behövs?
    .help = Standardavtalsklausuler och BCR räcker inte ensamma. Ni ska, med hjälp av leverantören, bedöma om lagar och praxis i mottagarlandet hindrar skyddet från att fungera, och vid behov införa kompletterande åtgärder, till exempel kryptering där bara ni har nycklarna. Så beskriver Europeiska dataskyddsstyrelsen det i rekommendationer 01/2020 (version 2.0, juni 2021). Vägledningen kallar styrelsen ”EPDB”; rätt förkortning är EDPB.
    .ref = GDPR art. 46 · C-311/18 · EDPB:s rekommendationer 01/2020 v2.0 (kontrollerat november 2026)

transfer-foreign-law = Kan leverantören, ett underbiträde eller moderbolaget tvingas av lag utanför EU/EES att lämna ut uppgifter till myndigheter där?
    .help = Lagar i leverantörens hemland kan ge domstolar eller myndigheter rätt att kräva ut kunders uppgifter, ibland med förbud att berätta det för kunden. Det är en risk för de enskilda och en omständighet som kan göra ett utlämnande olämpligt enligt OSL 10 kap. 2 a §. Svara ja om det inte går att utesluta.
    .ref = SKR:s vägledning, inledningen och avsnitt 2.6 · GDPR art. 48 · OSL (2009:400) 10 kap. 2 a §

transfer-staff-confidentiality = Har leverantörens personal i andra länder en straffsanktionerad tystnadsplikt som motsvarar den svenska?
    .help = Om uppgifterna omfattas av sekretess bör ni kontrollera att lagen i det land där personalen finns straffbelägger brott mot tystnadsplikten på ett sätt som motsvarar brottsbalken (böter eller fängelse i högst ett år). Det gäller också leverantörer inom EU. En avtalad tystnadsplikt ersätter inte ett straffansvar.
    .ref = Brottsbalken 20 kap. 3 § · SKR:s vägledning avsnitt 2.6

transfer-us-dpf = Är den amerikanska leverantören självcertifierad under EU–US Data Privacy Framework, och omfattar certifieringen de här uppgifterna?
    .help = Kommissionens beslut 2023/1795 (10 juli 2023) om adekvat skyddsnivå gäller bara amerikanska organisationer som har självcertifierat sig och finns på listan på dataprivacyframework.gov. Tribunalen vid EU-domstolen fastställde beslutet 3 september 2025 (Latombe, T-553/23), men domen har överklagats (C-703/25 P), så läget kan ändras (kontrollerat november 2026). Utan certifiering krävs standardavtalsklausuler och en bedömning av överföringen.
    .ref = Kommissionens beslut (EU) 2023/1795 · T-553/23 · C-703/25 P

transfer-us-cloud-act = Har ni bedömt risken att amerikanska myndigheter kräver ut uppgifterna med stöd av CLOUD Act?
    .help = CLOUD Act (2018) låter amerikanska myndigheter kräva att amerikanska leverantörer lämnar ut uppgifter som de har i sin besittning eller kontroll, även när uppgifterna lagras i EU. Det gäller också certifierade leverantörer: Data Privacy Framework hindrar inte sådana krav. eSam har (2018 och i en promemoria 2023) framhållit att varken DPF eller den nya sekretessregeln i OSL är ett ovillkorligt klartecken (kontrollerat november 2026).
    .ref = CLOUD Act (USA, 2018) · eSam 2018 och promemoria 2023 · OSL (2009:400) 10 kap. 2 a §

## 6. Storbritannien

uk-adequacy-checked = Har ni kontrollerat att EU:s beslut om adekvat skyddsnivå för Storbritannien gäller för er överföring?
    .help = Storbritannien är tredje land sedan brexit. EU-kommissionen beslutade 28 juni 2021 att landet har adekvat skyddsnivå (2021/1772 enligt dataskyddsförordningen och 2021/1773 för brottsbekämpning). Besluten förlängdes till 27 december 2025 och förnyades 19 december 2025 till 27 december 2031 (kontrollerat november 2026). Så länge beslutet gäller behövs ett personuppgiftsbiträdesavtal men inga standardavtalsklausuler. Vägledningen skrevs under övergångsperioden, innan detta var känt.
    .ref = Kommissionens beslut (EU) 2021/1772 och 2021/1773, förnyade 19 december 2025 · SKR:s vägledning avsnitt 3

uk-fallback = Reglerar avtalet vad som gäller om beslutet om adekvat skyddsnivå upphör?
    .help = Ett beslut om adekvat skyddsnivå kan upphävas, till exempel om brittisk lag ändras, och det nuvarande gäller till 27 december 2031. Avtalet bör säga att standardavtalsklausuler då ska ingås eller att uppgifterna ska flyttas till EU/EES, så att ni inte står utan grund för överföringen.
    .ref = GDPR art. 45.5 och 46 · kommissionens beslut 2021/914

uk-review-owner = Har någon fått i uppdrag att bevaka beslutet om Storbritannien och följa upp det före 27 december 2031?
    .help = En utsedd ansvarig och ett datum för bevakning gör att frågan inte glöms bort. Sätt en påminnelse i god tid innan beslutet löper ut, och följ nyheter om att det omprövas.
    .ref = Kommissionens beslut (EU) 2021/1772, förnyat 19 december 2025 (kontrollerat november 2026)

## 7. Informationsklassning

class-method = Hur har informationen klassats?
    .help = Informationsklassning visar vilket skydd informationen behöver och ger underlag för kraven på leverantören. SKR:s verktyg KLASSA (version 4.0, juni 2024) bedömer konfidentialitet, riktighet, tillgänglighet och spårbarhet på konsekvensnivåerna 0–4 och ger färdiga krav och handlingsplaner. Vägledningen beskriver en äldre modell med fyra nivåer (1–4). MSB, som tagit fram mycket stöd för informationssäkerhet, heter sedan 1 januari 2026 Myndigheten för civilt försvar (MCF).
    .ref = KLASSA 4.0 (SKR, juni 2024) · SKR:s vägledning avsnitt 2.7 (kontrollerat november 2026)
class-method--klassa = Med KLASSA
class-method--other-method = Med en annan metod
class-method--none-yet = Den är inte klassad ännu

class-confidentiality = Konfidentialitet: hur allvarligt blir det om uppgifterna kommer obehöriga till del?
    .help = Bedöm den värsta rimliga konsekvensen för de enskilda, verksamheten och samhället om uppgifterna röjs. Uppgifter med socialtjänstsekretess hamnar ofta på nivå 3 eller 4. En hög nivå kräver bland annat stark autentisering, behörigheter efter behov, kryptering och loggning.
    .ref = KLASSA 4.0, konfidentialitet · SKR:s vägledning avsnitt 2.7

class-integrity = Riktighet: hur allvarligt blir det om uppgifterna är felaktiga, ofullständiga eller ändras av obehöriga?
    .help = Beslut om enskilda bygger på att uppgifterna stämmer. Bedöm konsekvensen om en självskattning, en bedömning eller en anteckning blir fel eller ändras utan att någon märker det. En hög nivå kräver bland annat skydd mot obehöriga ändringar, spårbara ändringar och kontroll vid överföring.
    .ref = KLASSA 4.0, riktighet · SKR:s vägledning avsnitt 2.7

class-availability = Tillgänglighet: hur allvarligt blir det om tjänsten eller uppgifterna inte går att nå?
    .help = Tänk både på korta avbrott (timmar) och långa (dagar, eller att leverantören upphör). Kan handläggarna inte nå uppgifterna när ett barn behöver skydd blir konsekvensen allvarlig. En hög nivå kräver bland annat en kontinuitetsplan, avtalad tillgänglighet och säkerhetskopior som går att återställa.
    .ref = KLASSA 4.0, tillgänglighet · SKR:s vägledning avsnitt 2.7

class-traceability = Spårbarhet: hur allvarligt blir det om ni inte kan se vem som har gjort vad i tjänsten?
    .help = Spårbarhet behövs för att upptäcka otillåten åtkomst, utreda incidenter och visa vem som ändrat något. En hög nivå kräver bland annat loggning av åtkomst och ändringar, att loggarna skyddas och sparas och att ni själva kan ta del av och följa upp dem.
    .ref = KLASSA 4.0, spårbarhet · SKR:s vägledning avsnitt 2.7

## 8. Risk- och sårbarhetsanalys

risk-analysis = Har en risk- och sårbarhetsanalys gjorts för tjänsten?
    .help = Efter klassningen går gruppen igenom tänkbara hot, hur sannolika de är och vilka konsekvenser de kan få. Resultatet blir krav på leverantören och interna åtgärder. Analysen är en del av konsekvensbedömningen och av riskhanteringen enligt cybersäkerhetslagen (2025:1506).
    .ref = GDPR art. 32 och 35.7 c · SKR:s vägledning avsnitt 2.7 · cybersäkerhetslagen (2025:1506)
risk-analysis--done = Ja, den är gjord
risk-analysis--planned = Den är planerad
risk-analysis--none = Nej

risk-threats = Vilka hot har ni bedömt som relevanta?
    .help = Listan är ett stöd för samtalet och inte fullständig. Varje hot ni väljer bör finnas med i analysen med sannolikhet, konsekvens och åtgärd.
    .ref = SKR:s vägledning avsnitt 2.7 · KLASSA 4.0
risk-threats--unauthorised-access = Obehörig åtkomst, till exempel kapade konton
risk-threats--foreign-authority = En utländsk myndighet kräver ut uppgifter
risk-threats--outage = Avbrott i tjänsten eller nätet
risk-threats--vendor-failure = Leverantören upphör eller ändrar tjänsten
risk-threats--data-loss = Uppgifter går förlorade eller förstörs
risk-threats--wrong-recipient = Uppgifter hamnar hos fel mottagare
risk-threats--misuse = Personal missbrukar sin behörighet
risk-threats--none = Inga relevanta hot

risk-likelihood = Hur sannolikt är det allvarligaste hotet, med de åtgärder som planeras?
    .help = Sannolikheten bedöms tillsammans med konsekvensen i nästa fråga. Hög sannolikhet och allvarlig konsekvens betyder att risken inte kan godtas utan fler åtgärder.
    .ref = SKR:s vägledning avsnitt 2.7 · GDPR skäl 76
risk-likelihood--low = Låg
risk-likelihood--medium = Medel
risk-likelihood--high = Hög
risk-likelihood--very-high = Mycket hög

risk-consequence = Hur allvarlig blir konsekvensen för de enskilda om det allvarligaste hotet inträffar?
    .help = Använd samma nivåer som i KLASSA. Tänk särskilt på de enskilda: skada, utsatthet, diskriminering, att en skyddad adress röjs eller att förtroendet för socialtjänsten skadas.
    .ref = KLASSA 4.0 · GDPR skäl 75

risk-incident-routine = Finns det rutiner för hur leverantören rapporterar säkerhets- och personuppgiftsincidenter till er?
    .help = En personuppgiftsincident ska anmälas till IMY inom 72 timmar från det att ni fått kännedom om den, och leverantören ska meddela er utan onödigt dröjsmål. Det fungerar bara om rutinen, kontaktvägarna och ansvaret är bestämda i förväg. Betydande incidenter kan också behöva rapporteras enligt cybersäkerhetslagen (2025:1506).
    .ref = GDPR art. 33 · cybersäkerhetslagen (2025:1506) (kontrollerat november 2026)

risk-supplier-follow-up = Kommer ni att följa upp leverantören regelbundet under avtalstiden?
    .help = Riskerna förändras: leverantören kan byta underbiträden, flytta uppgifter eller ändra villkor. Uppföljning av leverantören är en del av ansvaret som personuppgiftsansvarig och av kraven på säkerhet i leverantörskedjan i cybersäkerhetslagen.
    .ref = GDPR art. 28.3 h · cybersäkerhetslagen (2025:1506)

## 9. Säkerhetsåtgärder

sec-encrypted-transfer = Är all överföring mellan användarna, era system och tjänsten krypterad?
    .help = Känsliga uppgifter som skickas över öppna nät, som internet, ska krypteras, till exempel med en aktuell version av TLS. Det gäller webbläsare, appar och kopplingar till verksamhetssystemet.
    .ref = GDPR art. 32.1 a · SKR:s vägledning, inledningen och avsnitt 2.2 · SKL:s pm, Sekretess och säkerhet

sec-encryption-at-rest = Är uppgifterna krypterade där de lagras, också i säkerhetskopior?
    .help = Kryptering av lagrade uppgifter skyddar mot att någon kommer åt diskar eller säkerhetskopior. Om bara ni, och inte leverantören, har nycklarna skyddar krypteringen också mot utlämnande till utländska myndigheter.
    .ref = GDPR art. 32.1 a · EDPB:s rekommendationer 01/2020 v2.0, bilaga 2

sec-staff-auth = Hur loggar personalen in i tjänsten?
    .help = Personal som når uppgifter om enskilda över öppna nät bör använda stark autentisering med minst två faktorer, till exempel BankID, annan e-legitimation, SITHS-kort eller engångskod. Hälso- och sjukvården har det kravet i HSLF-FS 2016:40, och Socialstyrelsen bedömde 2019 att socialtjänsten rimligen bör ha samma skyddsnivå. Lösenord ensamt räcker inte.
    .ref = GDPR art. 32 · HSLF-FS 2016:40 (som förebild) · Socialstyrelsen, Säker personuppgiftsbehandling i socialtjänsten (2019) · SKR:s vägledning avsnitt 2.4
sec-staff-auth--bankid = BankID
sec-staff-auth--other-eid = Annan e-legitimation
sec-staff-auth--siths = SITHS-kort
sec-staff-auth--sms-otp = Engångskod via sms
sec-staff-auth--app-otp = Engångskod i app eller säkerhetsnyckel
sec-staff-auth--password-only = Bara användarnamn och lösenord

sec-staff-open-network = Kan personalen logga in över internet, utanför organisationens eget nät?
    .help = Kravet på stark autentisering gäller åtkomst över öppna nät. Nästan alla molntjänster nås över internet; svara nej bara om åtkomsten är begränsad till ett skyddat nät.
    .ref = HSLF-FS 2016:40 (som förebild) · SKR:s vägledning avsnitt 2.4

sec-access-control = Kan behörigheterna styras så att varje medarbetare bara kommer åt de uppgifter hen behöver?
    .help = Behörigheter ska ges efter behovet i arbetet, inte efter vad som är tekniskt enkelt. Kontrollera att tjänsten har roller och kan begränsa åtkomsten per ärende eller enhet, och att behörigheter tas bort när någon slutar.
    .ref = GDPR art. 5.1 f, 25 och 32 · KLASSA 4.0, konfidentialitet

sec-access-logging = Loggas all åtkomst till uppgifterna, och kan ni själva ta del av loggarna?
    .help = Ni behöver kunna följa upp vem som har tagit del av uppgifter om enskilda, till exempel när någon misstänks ha läst utan att behöva. Loggarna ska vara tillgängliga för er, skyddade mot ändring och sparas tillräckligt länge, och någon ska ha i uppgift att gå igenom dem regelbundet.
    .ref = GDPR art. 5.2 och 32 · SKL:s pm, checklistan punkt 6 · KLASSA 4.0, spårbarhet

sec-inactivity-lock = Låses tjänsten eller appen automatiskt efter en stunds inaktivitet?
    .help = Automatisk låsning eller utloggning efter några minuter hindrar att någon annan tar över en session på en obevakad dator eller mobil.
    .ref = GDPR art. 32 · SKR:s vägledning avsnitt 2.2

sec-individual-auth = Hur loggar de enskilda (klienter, brukare) in i tjänsten?
    .help = Enskilda bör logga in med stark autentisering med minst två faktorer, till exempel BankID eller engångskod via sms. Med bara användarnamn och lösenord kan vem som helst som känner till eller gissar lösenordet uppträda som den enskilde, och det går inte att upptäcka. Jämför kravet på två faktorer när patienter tar del av sina uppgifter i HSLF-FS 2016:40.
    .ref = GDPR art. 32 · HSLF-FS 2016:40 (som förebild) · SKR:s vägledning avsnitt 2.2
sec-individual-auth--bankid = BankID
sec-individual-auth--other-eid = Annan e-legitimation
sec-individual-auth--sms-otp = Engångskod via sms
sec-individual-auth--password-only = Bara användarnamn och lösenord

sec-history-off = Kan all historik för den enskilde stängas av, så att inga tidigare svar går att se efter inloggning?
    .help = Alla barn och unga har inte BankID eller mobil. Vägledningen beskriver ett undantag: är all historik avstängd finns inga personuppgifter att komma åt efter inloggningen, och då kan användarnamn och lösenord godtas. De följande frågorna visar om undantaget är uppfyllt.
    .ref = SKR:s vägledning avsnitt 2.2

sec-alias-id = Får den enskilde ett eget id av socialtjänsten som användarnamn, i stället för namn eller personnummer?
    .help = Undantaget förutsätter att den enskilde loggar in med ett id som socialtjänsten har delat ut och ett lösenord, aldrig med namn eller personnummer. Uppgifterna är fortfarande personuppgifter, men pseudonymiserade, och bara socialtjänsten ska kunna koppla id:t till en person.
    .ref = GDPR art. 4.5 · SKR:s vägledning avsnitt 2.2

sec-incomplete-deleted = Raderas en påbörjad enkät på servern om den enskilde avbryter den?
    .help = Sparas påbörjade men avbrutna svar finns det ändå personuppgifter att komma åt med ett gissat lösenord. Undantaget gäller bara om sådana svar raderas.
    .ref = SKR:s vägledning avsnitt 2.2

sec-individual-no-local-copy = Försvinner uppgifterna från den enskildes dator eller mobil när de har förts över till tjänsten?
    .help = Inga uppgifter bör finnas kvar på den enskildes enhet efter överföringen, eftersom andra i hushållet kan komma åt den. Kontrollera webbläsarens cache, nedladdade filer och appens lokala lagring.
    .ref = SKR:s vägledning avsnitt 2.2

sec-offline-encrypted = Sparas uppgifterna krypterade i den utlånade enheten, och låser sig appen efter några minuters inaktivitet?
    .help = En surfplatta eller mobil som lånas ut kan komma bort eller användas av någon annan. Därför ska uppgifterna vara krypterade i enheten och appen låsa sig själv. Den enskilde loggar in med användar-id och lösenord, och bara socialtjänsten, inte leverantören, ska kunna koppla användarna till personer.
    .ref = SKR:s vägledning avsnitt 2.2 · GDPR art. 32

sec-offline-wiped = Raderas allt i enheten när uppgifterna har förts över till tjänsten?
    .help = Handläggaren hämtar enheten och laddar upp innehållet på arbetsplatsen. Därefter ska alla uppgifter i enheten raderas, så att den som lånar den nästa gång inte kan se något.
    .ref = SKR:s vägledning avsnitt 2.2

sec-backup = Tas säkerhetskopior som ni kan få tillbaka, och har ni provat att återställa?
    .help = Säkerhetskopior skyddar mot förlust vid fel, sabotage eller utpressningsprogram. Enkla tjänster för lagring och delning saknar ofta säkerhetskopiering. En kopia som aldrig har återställts på prov är ingen garanti.
    .ref = GDPR art. 32.1 c · SKL:s pm, Vanliga användningsområden

sec-continuity-plan = Finns en kontinuitetsplan för hur verksamheten fungerar om tjänsten inte går att nå, en kort eller en lång tid?
    .help = Vägledningen lyfter fram kontinuitetsplaner som en viktig intern process. Planen beskriver hur arbetet fortsätter vid avbrott, vem som beslutar och hur uppgifterna tas tillbaka om leverantören försvinner. Den behövs särskilt när tillgängligheten har klassats högt.
    .ref = SKR:s vägledning avsnitt 2.7 · KLASSA 4.0, tillgänglighet · cybersäkerhetslagen (2025:1506)

## 10. Avtal och dokumentation

contract-type = Hur ingås avtalet om tjänsten?
    .help = Vid upphandling eller förhandling kan ni ställa egna krav. Standardvillkor som godkänns med ett klick går sällan att påverka, och leverantören kan ändra dem under avtalstiden. Sådana tjänster bör bara användas för information som varken är känslig eller kritisk för verksamheten.
    .ref = SKL:s pm Använd molntjänster på rätt sätt, Standardavtal · lagen (2016:1145) om offentlig upphandling
contract-type--negotiated = Ett förhandlat avtal
contract-type--procured = Ett upphandlat avtal, till exempel ett ramavtal
contract-type--standard-signed = Leverantörens standardavtal, undertecknat
contract-type--click-through = Standardvillkor som godkänns med ett klick på webben

contract-click-saved = Har ni sparat villkoren med datum och en skärmbild av godkännandet?
    .help = Villkor som godkänns med ett klick kan ändras utan att ni märker det. Spara villkoren så som de såg ut när ni godkände dem, med datum, och en skärmbild av rutan där ni godkände. Är något i villkoren oklart, fråga leverantören.
    .ref = SKR:s vägledning avsnitt 2.8

contract-dpa = Finns ett personuppgiftsbiträdesavtal med leverantören?
    .help = När leverantören behandlar personuppgifter åt er krävs ett skriftligt avtal som bland annat ger leverantören instruktioner. SKR har en mall för kommuner och regioner, och EU-kommissionen har standardavtalsklausuler för biträdesavtal (beslut 2021/915). Vägledningen säger att standardavtalsklausuler för tredje land kan ersätta biträdesavtalet; det stämmer bara för 2021 års klausuler (2021/914) i modul 2 eller 3, som också innehåller det som ett biträdesavtal kräver.
    .ref = GDPR art. 28.3 · kommissionens beslut 2021/915 och 2021/914 · SKR:s vägledning avsnitt 2.8
contract-dpa--skr-template = Ja, enligt SKR:s mall
contract-dpa--vendor-template = Ja, enligt leverantörens mall
contract-dpa--in-terms = Det ingår i leverantörens standardvillkor
contract-dpa--none = Nej

contract-dpa-content = Innehåller biträdesavtalet allt som artikel 28 kräver?
    .help = Avtalet ska bland annat säga att leverantören bara får behandla uppgifterna enligt era instruktioner, att personalen har tystnadsplikt, vilka säkerhetsåtgärder som gäller, hur underbiträden anlitas, hur leverantören hjälper er med de enskildas rättigheter och med incidenter, att uppgifterna raderas eller lämnas tillbaka när avtalet upphör och att ni får granska att avtalet följs. Standardvillkor saknar ofta något av detta.
    .ref = GDPR art. 28.3 · SKL:s pm, Personuppgifter

contract-scc = Vilka standardavtalsklausuler används för överföringen?
    .help = Sedan 2021 gäller kommissionens nya standardavtalsklausuler (beslut 2021/914) med fyra moduler efter parternas roller; när leverantören är ert biträde är det oftast modul 2. De äldre klausulerna fick bara användas för avtal som ingåtts före 27 september 2021, och då längst till 27 december 2022.
    .ref = Kommissionens beslut (EU) 2021/914 art. 4 · GDPR art. 46.2 c
contract-scc--scc-2021 = 2021 års klausuler (2021/914) med rätt modul
contract-scc--older = Äldre klausuler
contract-scc--not-signed = Inga klausuler är undertecknade

contract-subprocessor-approval = Får leverantören bara anlita nya underbiträden efter att ha informerat er, så att ni kan invända?
    .help = Ni ska veta och kunna påverka vilka som hanterar uppgifterna. Ett biträde får inte anlita ett annat biträde utan ert skriftliga tillstånd; är tillståndet allmänt ska ni få veta om ändringar i förväg och kunna invända. Underbiträdet ska ha samma skyldigheter.
    .ref = GDPR art. 28.2 och 28.4 · SKL:s pm, checklistan punkt 1

contract-location-stated = Anger avtalet var uppgifterna lagras och bearbetas, också vid support?
    .help = Det räcker inte att leverantören lovar lagring i EU. Avtalet bör ange var uppgifterna lagras, bearbetas och nås ifrån, och att de inte får flyttas utan ert godkännande.
    .ref = SKL:s pm, checklistan punkt 2 och 3 · GDPR art. 28.3 a

contract-ownership = Framgår det att ni äger informationen och att leverantören inte får använda den för egna syften?
    .help = Det ska vara tydligt att kommunen eller utföraren äger informationen under och efter avtalstiden, och att leverantören inte får använda den för egna behov, som statistik, marknadsföring eller träning av AI-modeller. Hanteras bilder kan också fotografens upphovsrätt behöva regleras.
    .ref = SKL:s pm, checklistan punkt 4 · GDPR art. 28.10

contract-exit = Reglerar avtalet hur uppgifterna lämnas tillbaka och raderas när avtalet upphör?
    .help = När avtalet tar slut ska ni få tillbaka uppgifterna i ett användbart format, och leverantören ska radera dem, också i säkerhetskopior, inom en bestämd tid. Annars riskerar ni att bli inlåsta hos leverantören eller att uppgifter finns kvar där.
    .ref = SKL:s pm, checklistan punkt 5 · GDPR art. 28.3 g

contract-documents = Vilka stöddokument finns för användningen av tjänsten?
    .help = Dokumenten gör det tydligt för alla varför och hur tjänsten ska användas och vem som ansvarar för vad. Vägledningen föreslår en kommunikationsplan, rutiner och roller (ansvar, tidsperiod, kontohantering), en beskrivning av tjänsten och manualer för olika roller.
    .ref = SKR:s vägledning avsnitt 2.8
contract-documents--communication-plan = Kommunikationsplan
contract-documents--routines-roles = Rutiner och roller, till exempel kontohantering
contract-documents--information-spec = Beskrivning av tjänsten och informationen
contract-documents--manuals = Manualer för olika roller
contract-documents--none = Inga ännu

## 11. Allmänna handlingar och arkiv

records-public-docs = Kommer uppgifterna i tjänsten att vara allmänna handlingar hos nämnden?
    .help = Uppgifter som en myndighet förvarar, också hos en leverantör, kan vara allmänna handlingar. De måste då kunna lämnas ut när någon begär det (efter sekretessprövning), hållas ordnade, gallras efter beslut och arkiveras. För en privat utförare gäller inte reglerna om allmänna handlingar, men reglerna om dokumentation gör det.
    .ref = Tryckfrihetsförordningen 2 kap. · OSL (2009:400) 4–6 kap. · SKL:s pm, Hantering av allmänna handlingar

records-only-store = Är tjänsten det enda stället där handlingarna finns?
    .help = Är en molntjänst den enda lagringsplatsen måste ni försäkra er om att avbrott, ändringar i tjänsten eller att leverantören upphör inte gör att handlingar går förlorade.
    .ref = SKL:s pm, Hantering av allmänna handlingar · OSL (2009:400) 4 kap.

records-disclosure = Kan ni snabbt ta fram en handling ur tjänsten när någon begär att få ta del av den?
    .help = Den som begär ut en allmän handling har rätt att få den skyndsamt, efter sekretessprövning. Det förutsätter att ni själva kan söka fram och ta ut uppgifter ur tjänsten utan att vänta på leverantören.
    .ref = Tryckfrihetsförordningen 2 kap. · OSL (2009:400) 4–6 kap.

records-deletion = Kan uppgifter gallras, alltså raderas för gott också i säkerhetskopior, när nämnden har beslutat det?
    .help = Uppgifter ska gallras enligt nämndens beslut och dokumenthanteringsplan, och personuppgifter får inte sparas längre än nödvändigt. Många tjänster, särskilt sådana som byggts för den amerikanska marknaden, är gjorda för att ingenting ska försvinna. Kontrollera hur och när uppgifter raderas, också i säkerhetskopior och loggar.
    .ref = Arkivlagen (1990:782) · GDPR art. 5.1 e och 17 · SKL:s pm, Hantering av allmänna handlingar

records-export = Kan uppgifterna tas ut ur tjänsten i ett format som går att arkivera och läsa långt fram i tiden?
    .help = Handlingar som ska bevaras måste kunna föras över till ett arkiv, till exempel ett e-arkiv, i ett öppet och beständigt format (arkivuttag). Det gäller också när avtalet upphör.
    .ref = Arkivlagen (1990:782) · SKL:s pm, Hantering av allmänna handlingar

records-sosfs = Har ni bestämt vilka uppgifter från tjänsten som ska dokumenteras i den enskildes akt?
    .help = Dokumentationen i socialtjänstens ärenden regleras av Socialstyrelsens föreskrifter och allmänna råd SOSFS 2014:5. Uppgifter från tjänsten som har betydelse för ett ärende, till exempel en självskattning som ligger till grund för ett beslut, ska föras in i akten och inte bara finnas i molntjänsten. HSLF-FS 2016:40 gäller journalföring i hälso- och sjukvården och kan bara användas som jämförelse (kontrollerat november 2026).
    .ref = SOSFS 2014:5 · HSLF-FS 2016:40

## 12. Samlad bedömning

overall-high-risk = Finns det kvar en hög risk för de enskildas rättigheter och friheter trots de planerade åtgärderna?
    .help = Det här är konsekvensbedömningens slutsats. Finns en hög risk kvar får behandlingen inte börja förrän ni har rådfrågat IMY i ett förhandssamråd, om ni inte i stället avstår. IMY ska som regel svara inom åtta veckor, en tid som kan förlängas.
    .ref = GDPR art. 36 · SKR:s vägledning avsnitt 1

overall-prior-consultation = Hur gör ni med den höga risken?
    .help = Finns en hög risk kvar kan ni begära förhandssamråd hos IMY innan behandlingen börjar, eller avstå från tjänsten. Vägledningen nämner Datainspektionen, som sedan 1 januari 2021 heter Integritetsskyddsmyndigheten (IMY).
    .ref = GDPR art. 36 · SKR:s vägledning avsnitt 1
overall-prior-consultation--consult-imy = Vi begär förhandssamråd hos IMY
overall-prior-consultation--refrain = Vi avstår från tjänsten
overall-prior-consultation--undecided = Det är inte bestämt

overall-decision = Vad blir gruppens samlade förslag?
    .help = Förslaget sammanfattar bedömningen inför beslutet hos den som har befogenhet, till exempel nämnden eller den som har delegation. Villkor ska vara konkreta: vem gör vad och när.
    .ref = GDPR art. 24 och 35.7 · SKR:s vägledning avsnitt 2.7
overall-decision--approve = Tjänsten kan användas
overall-decision--approve-with-conditions = Tjänsten kan användas när villkoren är uppfyllda
overall-decision--postpone = Vänta, mer underlag behövs
overall-decision--reject = Tjänsten bör inte användas

overall-dpo-opinion = Har dataskyddsombudet lämnat synpunkter på den samlade bedömningen?
    .help = Dataskyddsombudets råd ska inhämtas vid en konsekvensbedömning, och synpunkterna bör dokumenteras tillsammans med bedömningen, också om ni väljer att göra på ett annat sätt.
    .ref = GDPR art. 35.2 och 39.1 c

overall-next-review = När ska bedömningen ses över nästa gång?
    .help = Bedömningen ska ses över när risken förändras, till exempel vid nya funktioner, nya underbiträden eller ändrade villkor, och när reglerna ändras. Läget för överföringar till USA och Storbritannien kan ändras: DPF-målet C-703/25 P pågår och beslutet om Storbritannien gäller till 27 december 2031 (kontrollerat november 2026). Välj ett datum, till exempel om ett år.
    .ref = GDPR art. 35.11

## Slutsatser

finding-controller-unclear = Det är oklart vem som är personuppgiftsansvarig
    .action = Den som leder bedömningen tar frågan till nämndens kansli eller jurist och får fastställt om nämnden eller den privata utföraren är personuppgiftsansvarig, innan arbetet fortsätter.
    .help = Den personuppgiftsansvarige ska göra konsekvensbedömningen, teckna biträdesavtalet och bär ansvaret (GDPR art. 24, SoLPUF 2001:637).

finding-participants-missing = Informationssäkerhetsansvarig eller jurist/dataskyddsombud saknas i gruppen
    .action = Projektledaren bjuder in de roller som saknas till en uppföljning, eller låter dem granska svaren efteråt och dokumenterar deras synpunkter.
    .help = Vägledningen rekommenderar att informationssäkerhetsansvarig leder workshopen och att jurist eller dataskyddsombud deltar (SKR:s vägledning avsnitt 2.7, GDPR art. 35.2).

finding-already-in-use = Tjänsten används redan
    .action = Gör klart bedömningen snarast och pröva under tiden om användningen ska begränsas, till exempel till uppgifter utan sekretess.
    .help = Bedömningen ska göras innan behandlingen börjar; saknas den för en pågående behandling ska den göras i efterhand (GDPR art. 35, SKR:s vägledning avsnitt 1.2).

finding-dpia-required = Konsekvensbedömning krävs: minst två av IMY:s kriterier är uppfyllda
    .action = Den personuppgiftsansvarige (nämnden eller utföraren) gör en konsekvensbedömning enligt GDPR art. 35 innan tjänsten tas i bruk, med råd från dataskyddsombudet. SKR:s mallar kan användas.
    .help = Enligt IMY:s förteckning enligt art. 35.4 krävs en konsekvensbedömning när minst två av nio kriterier är uppfyllda (kontrollerat november 2026). Svaren nedan visar vilka kriterier som är uppfyllda.

finding-dpia-skipped = Ingen konsekvensbedömning trots att minst två kriterier är uppfyllda
    .action = Motivera skriftligt varför behandlingen inte bedöms leda till hög risk, ta in dataskyddsombudets synpunkter och spara båda med bedömningen. Överväg att ändå göra en konsekvensbedömning.
    .help = IMY godtar att man avstår bara om skälen motiveras och dokumenteras och dataskyddsombudets synpunkter finns med (IMY:s förteckning enligt art. 35.4, kontrollerad november 2026; SKR:s vägledning avsnitt 1.4).

finding-unsuitable-for-cloud = Informationen bedöms inte vara lämplig för en molntjänst
    .action = Använd inte tjänsten för den här informationen. Informationsägaren beslutar om användningen kan avgränsas, till exempel till uppgifter utan sekretess, eller om en annan lösning ska väljas.
    .help = Kartläggningen ska avgöra om det över huvud taget är lämpligt att hantera informationen i en molntjänst (SKR:s vägledning avsnitt 2.5).

finding-free-text = Tjänsten har fritextfält
    .action = Systemförvaltaren tar bort fritextfälten, eller begränsar antalet tecken om de verkligen behövs, och användarna får skriftliga instruktioner om att inte skriva namn eller onödiga känsliga uppgifter.
    .help = Fritext gör att namn på andra personer och onödiga känsliga uppgifter hamnar hos leverantören (SKR:s vägledning avsnitt 2.3, GDPR art. 5.1 c).

finding-legal-basis-unclear = Det är inte klarlagt att behandlingen ryms inom dataskyddsreglerna för socialtjänsten
    .action = Jurist eller dataskyddsombud stämmer av ändamål och uppgifter mot GDPR, dataskyddslagen (2018:218), SoLPUL (2001:454) och SoLPUF (2001:637) och dokumenterar slutsatsen.
    .help = Utan rättslig grund och bestämda ändamål är behandlingen otillåten, hur säker tjänsten än är. PuL, som SKL:s pm från 2013 utgår från, gäller inte sedan 2018.

finding-who-how-where-unknown = Det är oklart vem som hanterar informationen, hur och var
    .action = Begär att leverantören skriftligt redovisar vilka som kommer åt uppgifterna (också underbiträden och support), hur de hanteras och i vilka länder. Vänta med beslut tills redovisningen finns.
    .help = Utan den kunskapen går det inte att bedöma om utlämnandet är lagligt eller lämpligt (SKR:s vägledning avsnitt 2.5).

finding-secrecy-not-assessed = Sekretessprövningen inför utlämnande till leverantören är inte gjord
    .action = Jurist prövar och dokumenterar, innan tjänsten används, om uppgifterna får lämnas till leverantören enligt OSL (2009:400) 10 kap. 2 a § (teknisk bearbetning eller lagring, om det inte är olämpligt).
    .help = Regeln gäller sedan 1 juli 2023 (prop. 2022/23:97) och kräver en bedömning av omständigheterna i det enskilda fallet (kontrollerat november 2026).

finding-secrecy-beyond-technical = Leverantören ska använda uppgifterna till mer än teknisk bearbetning eller lagring
    .action = Begränsa avtalet så att leverantören bara bearbetar och lagrar uppgifterna tekniskt åt er, eller låt jurist pröva om det finns annat lagstöd för utlämnandet. Finns inget stöd, använd inte tjänsten för uppgifter med sekretess.
    .help = OSL 10 kap. 2 a § omfattar bara teknisk bearbetning och lagring för myndighetens räkning (prop. 2022/23:97, kontrollerat november 2026).

finding-secrecy-unsuitable = Det kan vara olämpligt att lämna uppgifterna till leverantören
    .action = Jurist och informationssäkerhetsansvarig går igenom omständigheterna (utländsk lag, säkerhet, tystnadsplikt, uppgifternas känslighet) och avgör om åtgärder som kryptering med egna nycklar räcker, eller om tjänsten inte ska användas för uppgifter med sekretess.
    .help = Är utlämnandet olämpligt med hänsyn till omständigheterna gäller inte undantaget i OSL 10 kap. 2 a §. eSam (2018 och 2023) betonar att en egen bedömning krävs (kontrollerat november 2026).

finding-cybersecurity-act = Tjänsten ingår inte i riskhanteringen enligt cybersäkerhetslagen
    .action = Informationssäkerhetsansvarig för in tjänsten och leverantören i kommunens riskhantering och leverantörskontroll enligt cybersäkerhetslagen (2025:1506).
    .help = Lagen gäller från 15 januari 2026 och omfattar alla kommuner, med krav på riskhantering och säkerhet i leverantörskedjan (kontrollerat november 2026).

finding-outdated-references = Egna dokument hänvisar till upphävda regler eller gamla namn
    .action = Den som förvaltar rutinerna uppdaterar hänvisningarna: GDPR och dataskyddslagen (2018:218) i stället för PuL, IMY i stället för Datainspektionen, socialtjänstlagen (2025:400) i stället för 2001:453, och DPF eller standardavtalsklausuler i stället för Privacy Shield.
    .help = PuL upphävdes 2018, Datainspektionen bytte namn 1 januari 2021, Privacy Shield ogiltigförklarades 16 juli 2020 och den nya socialtjänstlagen gäller från 1 juli 2025 (kontrollerat november 2026).

finding-unknown-subprocessors = Underbiträdena är inte helt kända
    .action = Begär en fullständig lista över underbiträden med land och uppgift, och att ändringar meddelas i förväg.
    .help = Biträdet får inte anlita underbiträden utan ert tillstånd, och ni måste veta var uppgifterna finns (GDPR art. 28.2, SKL:s pm checklistan punkt 1).

finding-processing-outside-eu = Uppgifterna lagras inom EU/EES men bearbetas eller nås utanför
    .action = Kartlägg med leverantören vilken bearbetning och support som sker utanför EU/EES, se till att det finns en grund för överföringen och att avtalet begränsar åtkomsten.
    .help = Både lagring och bearbetning är behandling av personuppgifter, och åtkomst från ett tredje land är en överföring (GDPR art. 4.2 och 44, SKL:s pm checklistan punkt 3).

finding-no-transfer-basis = Ingen grund för överföring till tredje land
    .action = Använd inte tjänsten för personuppgifter förrän det finns en grund enligt GDPR kap. V (beslut om adekvat skyddsnivå, DPF-certifiering, standardavtalsklausuler 2021/914 eller BCR), eller kräv att uppgifterna stannar inom EU/EES.
    .help = Överföring utan grund strider mot GDPR art. 44. Privacy Shield gäller inte sedan 16 juli 2020 (C-311/18).

finding-tia-missing = Bedömning av överföringen (TIA) saknas
    .action = Bedöm, gärna med underlag från leverantören, lagar och praxis i mottagarlandet och besluta om kompletterande åtgärder, till exempel kryptering där bara ni har nycklarna.
    .help = EDPB:s rekommendationer 01/2020 (version 2.0, juni 2021) beskriver stegen. Standardavtalsklausuler räcker inte om mottagarlandets lag hindrar skyddet (C-311/18).

finding-foreign-disclosure-law = Utländsk lag kan tvinga fram utlämnande av uppgifterna
    .action = Ta med risken i sekretessprövningen och riskanalysen. Överväg kryptering med egna nycklar, en leverantör inom EU/EES utan ägare utanför EU/EES, eller att inte lägga uppgifter med sekretess i tjänsten.
    .help = Sådana krav kan komma med förbud att informera kunden (SKR:s vägledning, inledningen). Det kan göra ett utlämnande olämpligt enligt OSL 10 kap. 2 a §.

finding-staff-confidentiality = Det är oklart om leverantörens personal har straffsanktionerad tystnadsplikt
    .action = Be leverantören visa vilken lagstadgad, straffsanktionerad tystnadsplikt som gäller för personalen i de aktuella länderna, och skriv in tystnadsplikt i avtalet. Ett avtal ersätter inte straffansvar.
    .help = För uppgifter med sekretess bör tystnadsplikten motsvara den svenska i brottsbalken 20 kap. 3 § (SKR:s vägledning avsnitt 2.6).

finding-us-no-dpf = Amerikansk leverantör utan bekräftad DPF-certifiering
    .action = Kontrollera leverantören på dataprivacyframework.gov. Saknas certifiering krävs standardavtalsklausuler (2021/914), en bedömning av överföringen och kompletterande åtgärder innan personuppgifter förs över.
    .help = Beslutet 2023/1795 gäller bara självcertifierade organisationer. Tribunalen fastställde det 3 september 2025 (T-553/23), men domen är överklagad (C-703/25 P) (kontrollerat november 2026).

finding-cloud-act = Amerikansk leverantör eller ägare: uppgifterna kan krävas ut enligt CLOUD Act
    .action = Jurist och informationssäkerhetsansvarig bedömer risken i sekretessprövningen och konsekvensbedömningen, också om leverantören är DPF-certifierad. Överväg kryptering med egna nycklar, eller en leverantör utan amerikansk ägare för uppgifter med sekretess.
    .help = CLOUD Act (2018) låter amerikanska myndigheter kräva ut uppgifter som amerikanska bolag har i sin besittning eller kontroll, också i EU. eSam (2018 och 2023) anser att varken DPF eller OSL 10 kap. 2 a § är ett ovillkorligt klartecken (kontrollerat november 2026).

finding-uk-adequacy = Storbritannien: adekvat skyddsnivå gäller till 27 december 2031
    .action = Teckna personuppgiftsbiträdesavtal med den brittiska parten; standardavtalsklausuler behövs inte så länge beslutet gäller. Utse någon som bevakar beslutet och sätt en påminnelse före 27 december 2031.
    .help = Kommissionens beslut 2021/1772 och 2021/1773 av den 28 juni 2021 förlängdes till 27 december 2025 och förnyades 19 december 2025 till 27 december 2031 (kontrollerat november 2026). Vägledningens avsnitt om brexit är inaktuellt.

finding-classification-missing = Informationen är inte klassad
    .action = Informationsägaren klassar informationen, till exempel i KLASSA 4.0, och resultatet används som krav vid upphandling och i avtalet.
    .help = Utan klassning saknas grund för att ställa krav på leverantören (SKR:s vägledning avsnitt 2.7).

finding-class-confidentiality-req = Hög konfidentialitet (nivå 3–4) ger krav på skydd mot insyn
    .action = Kräv stark autentisering, behörigheter efter behov, kryptering vid överföring och lagring (gärna med egna nycklar), loggning av åtkomst och att uppgifterna inte lämnar EU/EES utan prövad grund. Hämta kraven ur KLASSA.
    .help = Nivå 3 (allvarlig) eller 4 (synnerligen allvarlig) för konfidentialitet i KLASSA 4.0 ger skärpta krav.

finding-class-integrity-req = Hög riktighet (nivå 3–4) ger krav på korrekta uppgifter
    .action = Kräv skydd mot obehöriga ändringar, att ändringar loggas med vem och när, kontroll av uppgifter vid överföring och rutiner för rättelse. Hämta kraven ur KLASSA.
    .help = Nivå 3 (allvarlig) eller 4 (synnerligen allvarlig) för riktighet i KLASSA 4.0 ger skärpta krav.

finding-class-availability-req = Hög tillgänglighet (nivå 3–4) ger krav på drift och kontinuitet
    .action = Kräv avtalad tillgänglighet med påföljd om den inte uppfylls, support under verksamhetens arbetstider och säkerhetskopior som provas. Ta fram en kontinuitetsplan. Hämta kraven ur KLASSA.
    .help = Nivå 3 (allvarlig) eller 4 (synnerligen allvarlig) för tillgänglighet i KLASSA 4.0 ger skärpta krav.

finding-class-traceability-req = Hög spårbarhet (nivå 3–4) ger krav på loggning
    .action = Kräv loggning av all åtkomst och alla ändringar, att loggarna skyddas och sparas och att ni kan ta ut dem, och utse någon som följer upp dem regelbundet. Hämta kraven ur KLASSA.
    .help = Nivå 3 (allvarlig) eller 4 (synnerligen allvarlig) för spårbarhet i KLASSA 4.0 ger skärpta krav.

finding-risk-analysis-missing = Risk- och sårbarhetsanalys saknas
    .action = Informationssäkerhetsansvarig leder en risk- och sårbarhetsanalys utifrån klassningen: hot, sannolikhet, konsekvens och åtgärder med ansvarig och datum.
    .help = Analysen blir krav på leverantören och interna åtgärder (SKR:s vägledning avsnitt 2.7, GDPR art. 32, cybersäkerhetslagen 2025:1506).

finding-risk-unacceptable = Ett allvarligt hot har hög sannolikhet
    .action = Besluta om fler åtgärder som sänker sannolikheten eller konsekvensen och gör om bedömningen. Är risken för de enskilda fortfarande hög krävs förhandssamråd med IMY, eller att ni avstår.
    .help = Hög sannolikhet och allvarlig konsekvens (nivå 3–4) innebär hög risk (GDPR skäl 76 och art. 36).

finding-incident-routine-missing = Rutin för att rapportera incidenter saknas
    .action = Avtala hur och hur snabbt leverantören ska rapportera incidenter, och ta fram en intern rutin så att personuppgiftsincidenter kan anmälas till IMY inom 72 timmar.
    .help = GDPR art. 33. Cybersäkerhetslagen (2025:1506) kan också kräva rapportering av betydande incidenter (kontrollerat november 2026).

finding-supplier-follow-up-missing = Ingen plan för att följa upp leverantören
    .action = Systemägaren planerar en årlig uppföljning av leverantören: underbiträden, platser, säkerhet, incidenter och ändrade villkor.
    .help = Ansvaret som personuppgiftsansvarig och kraven på säkerhet i leverantörskedjan i cybersäkerhetslagen (2025:1506) gäller hela avtalstiden.

finding-unencrypted-transfer = Överföringen är inte bekräftat krypterad
    .action = Kräv att all trafik krypteras med en aktuell version av TLS och kontrollera det innan några uppgifter om enskilda förs in i tjänsten.
    .help = Känsliga uppgifter som skickas över öppna nät ska krypteras (GDPR art. 32, SKR:s vägledning inledningen, SKL:s pm Sekretess och säkerhet).

finding-no-encryption-at-rest = Lagrade uppgifter är inte bekräftat krypterade
    .action = Kräv kryptering av lagrade uppgifter och säkerhetskopior, och utred om ni kan ha egna nycklar.
    .help = Kryptering nämns i GDPR art. 32 och är en viktig kompletterande åtgärd enligt EDPB:s rekommendationer 01/2020.

finding-weak-auth-staff = Personalen kan logga in över öppet nät utan stark autentisering
    .action = Kräv inloggning med minst två faktorer (BankID, annan e-legitimation, SITHS eller engångskod) och stäng av inloggning med bara lösenord.
    .help = Socialstyrelsen (2019) anser att socialtjänsten bör ha samma skydd som hälso- och sjukvården, där HSLF-FS 2016:40 kräver stark autentisering över öppna nät (SKR:s vägledning avsnitt 2.4).

finding-weak-auth-individuals = Enskilda loggar in utan stark autentisering
    .action = Kräv BankID, annan e-legitimation eller engångskod via sms. Går det inte, använd vägledningens undantag: stäng av all historik, dela ut egna id i stället för namn eller personnummer och se till att avbrutna svar raderas.
    .help = Med bara lösenord kan vem som helst som känner till det uppträda som den enskilde, utan att det märks (SKR:s vägledning avsnitt 2.2).

finding-single-factor-exception = Enskilda loggar in med lösenord enligt vägledningens undantag
    .action = Dokumentera undantaget i bedömningen och kontrollera regelbundet att historiken är avstängd och att bara socialtjänsten kan koppla id till person.
    .help = Uppgifterna är fortfarande personuppgifter, men pseudonymiserade (GDPR art. 4.5, SKR:s vägledning avsnitt 2.2).

finding-individual-device-copies = Uppgifter kan bli kvar på den enskildes dator eller mobil
    .action = Kräv att tjänsten inte sparar uppgifter lokalt efter överföringen, och informera de enskilda om hur de loggar ut och rensar.
    .help = Andra i hushållet kan komma åt en delad dator eller mobil (SKR:s vägledning avsnitt 2.2).

finding-no-access-control = Behörigheterna kan inte begränsas efter behov
    .action = Kräv behörigheter som kan begränsas per roll, enhet eller ärende; annars begränsa vilka uppgifter som läggs i tjänsten.
    .help = Åtkomst ska begränsas till dem som behöver uppgifterna i sitt arbete (GDPR art. 5.1 f och 32, KLASSA 4.0).

finding-no-access-logging = Åtkomsten loggas inte, eller ni kan inte ta del av loggarna
    .action = Kräv loggning av all åtkomst till uppgifter om enskilda, att ni får ta del av loggarna och en rutin för regelbunden uppföljning av dem.
    .help = För uppgifter med sekretess och känsliga uppgifter krävs normalt att man kan följa upp vem som har haft åtkomst (SKL:s pm, Sekretess och säkerhet och checklistan punkt 6).

finding-offline-devices = Utlånade enheter är inte tillräckligt skyddade
    .action = Ställ in enheterna så att uppgifterna lagras krypterade, appen låser sig vid inaktivitet och allt raderas efter överföringen, och skriv en rutin för utlåning och återlämning.
    .help = SKR:s vägledning avsnitt 2.2 beskriver hur registrering utan uppkoppling kan gå till.

finding-no-backup = Säkerhetskopiering saknas eller är inte prövad
    .action = Kräv säkerhetskopior som ni kan få tillbaka, och prova att återställa innan tjänsten tas i bruk.
    .help = GDPR art. 32.1 c kräver förmåga att återställa uppgifterna efter en incident; enkla molntjänster saknar ofta säkerhetskopiering (SKL:s pm).

finding-no-continuity-plan = Kontinuitetsplan saknas trots höga krav på tillgänglighet
    .action = Verksamhetsansvarig tar fram och övar en kontinuitetsplan för kortare och längre avbrott, med hur uppgifterna tas tillbaka om leverantören upphör.
    .help = Tillgänglighet på nivå 3 eller 4 i KLASSA innebär allvarliga konsekvenser vid avbrott (SKR:s vägledning avsnitt 2.7).

finding-click-through-not-saved = Villkoren i klickavtalet är inte sparade
    .action = Spara villkoren med datum och en skärmbild av godkännandet, och bevaka ändringar i villkoren.
    .help = SKR:s vägledning avsnitt 2.8 rekommenderar att klickavtal sparas så.

finding-click-through-sensitive = Klickavtal för känsliga uppgifter eller uppgifter med sekretess
    .action = Använd inte tjänsten för känsliga uppgifter eller uppgifter med sekretess med ett klickavtal. Upphandla eller förhandla ett avtal med biträdesavtal och de krav som klassningen ger.
    .help = Standardavtal som inte går att påverka bör bara användas för information som varken är känslig eller kritisk (SKL:s pm, Standardavtal).

finding-no-dpa = Personuppgiftsbiträdesavtal saknas
    .action = Teckna ett personuppgiftsbiträdesavtal, gärna enligt SKR:s mall eller kommissionens klausuler (2021/915), innan några personuppgifter förs in i tjänsten.
    .help = GDPR art. 28.3 kräver ett skriftligt avtal när någon behandlar personuppgifter för er räkning.

finding-dpa-incomplete = Biträdesavtalet saknar delar som artikel 28 kräver
    .action = Jurist eller dataskyddsombud jämför avtalet med GDPR art. 28.3 och begär tillägg, till exempel enligt SKR:s mall.
    .help = Standardvillkor saknar ofta instruktioner, regler om underbiträden, radering när avtalet upphör eller rätt till granskning.

finding-scc-outdated = Giltiga standardavtalsklausuler saknas
    .action = Teckna 2021 års standardavtalsklausuler (2021/914) med rätt modul, oftast modul 2, och gör en bedömning av överföringen.
    .help = De äldre klausulerna fick användas längst till 27 december 2022 (beslut 2021/914 art. 4).

finding-subprocessor-control = Ni kan inte påverka leverantörens val av underbiträden
    .action = Kräv i avtalet att nya underbiträden meddelas i förväg med rätt för er att invända, och att underbiträden binds av samma villkor.
    .help = GDPR art. 28.2 och 28.4.

finding-location-not-in-contract = Avtalet anger inte var uppgifterna finns
    .action = Skriv in i avtalet var uppgifterna lagras, bearbetas och nås ifrån, och att de inte får flyttas utan ert godkännande.
    .help = SKL:s pm checklistan punkt 2–3, GDPR art. 28.3 a.

finding-vendor-own-use = Leverantören kan använda uppgifterna för egna syften
    .action = Kräv att avtalet anger att ni äger informationen och att leverantören bara får behandla den enligt era instruktioner, inte för egna syften.
    .help = Ett biträde som bestämmer egna ändamål blir själv personuppgiftsansvarig för den behandlingen (GDPR art. 28.10), och det kan vara ett otillåtet utlämnande enligt OSL.

finding-no-exit-terms = Villkor för när avtalet upphör saknas
    .action = Skriv in hur uppgifterna lämnas tillbaka (format och tid) och att de raderas, också i säkerhetskopior, med skriftlig bekräftelse.
    .help = GDPR art. 28.3 g, SKL:s pm checklistan punkt 5.

finding-routines-missing = Rutiner och roller för tjänsten saknas
    .action = Systemförvaltaren tar fram rutiner för ansvar, kontohantering och användning, och informerar användarna.
    .help = SKR:s vägledning avsnitt 2.8.

finding-only-copy = Molntjänsten är enda lagringsplats och säkerhetskopieringen är inte prövad
    .action = Se till att handlingarna säkerhetskopieras och kan återställas, eller förs över till verksamhetssystem eller e-arkiv.
    .help = Avbrott eller ändringar i tjänsten får inte leda till att allmänna handlingar går förlorade (SKL:s pm, Hantering av allmänna handlingar).

finding-public-access-hard = Handlingar kan inte tas fram skyndsamt
    .action = Se till att ni själva kan söka fram och ta ut uppgifter ur tjänsten, och beskriv hur i en rutin för utlämnande.
    .help = Allmänna handlingar ska lämnas ut skyndsamt (tryckfrihetsförordningen 2 kap., OSL 4–6 kap.).

finding-no-deletion = Uppgifter kan inte gallras
    .action = Kräv att tjänsten kan radera uppgifter helt, också i säkerhetskopior, enligt nämndens gallringsbeslut; annars begränsa vad som läggs i tjänsten.
    .help = Uppgifter som ska gallras måste kunna tas bort, och personuppgifter får inte sparas längre än nödvändigt (GDPR art. 5.1 e, SKL:s pm).

finding-no-archive-export = Arkivuttag går inte att göra
    .action = Kräv export i ett öppet och beständigt format, och prova ett arkivuttag till ert e-arkiv innan tjänsten tas i bruk.
    .help = Handlingar som ska bevaras måste kunna arkiveras (arkivlagen 1990:782, SKL:s pm).

finding-documentation-outside-record = Det är oklart vad som ska föras in i den enskildes akt
    .action = Verksamhetsansvarig beslutar vilka uppgifter från tjänsten som ska dokumenteras i akten och skriver in det i rutinen.
    .help = Dokumentationen i socialtjänstens ärenden regleras av SOSFS 2014:5 (kontrollerat november 2026).

finding-prior-consultation = Hög risk kvarstår: förhandssamråd med IMY krävs
    .action = Den personuppgiftsansvarige begär förhandssamråd hos IMY innan behandlingen börjar, eller avstår från tjänsten.
    .help = GDPR art. 36. IMY hette Datainspektionen när vägledningen skrevs.

finding-approved-despite-high-risk = Förslaget är att använda tjänsten trots att hög risk kvarstår
    .action = Ändra förslaget: tjänsten får inte användas förrän IMY har yttrat sig efter förhandssamråd, eller fler åtgärder har sänkt risken.
    .help = En behandling med kvarstående hög risk får inte börja utan förhandssamråd (GDPR art. 36.1).

finding-risk-unclear = Det är oklart om hög risk kvarstår
    .action = Gör klart risk- och konsekvensbedömningen så att gruppen kan ta ställning före beslut.
    .help = Om hög risk kvarstår avgör om förhandssamråd krävs (GDPR art. 36).

finding-dpo-not-heard = Dataskyddsombudets synpunkter saknas
    .action = Skicka bedömningen till dataskyddsombudet och dokumentera synpunkterna före beslut.
    .help = GDPR art. 35.2 och 39.1 c.

## Motsägelser (rapporteras av molnkoll check)

contradiction-no-personal-data-but-sensitive = Svaret säger att inga personuppgifter behandlas, men också att känsliga personuppgifter behandlas.
contradiction-no-personal-data-but-children = Svaret säger att inga personuppgifter behandlas, men också att uppgifterna gäller barn eller personer i utsatt ställning.
contradiction-children-not-vulnerable = Uppgifterna gäller barn, men kriteriet om personer i utsatt ställning är besvarat med nej. Barn räknas alltid som sårbara registrerade.
contradiction-click-through-but-negotiated-dpa = Avtalet är ett klickavtal, men personuppgiftsbiträdesavtalet anges bygga på SKR:s mall. Ett klickavtal går sällan att förhandla; kontrollera vilket avtal som faktiskt gäller.
