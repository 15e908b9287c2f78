### molnkoll: the questionnaire's texts in English (a translation of the Swedish primary text).
### The structure is in questionnaires/molnkoll.ron. The facts were checked in November 2026
### (content_as_of 2026-11-23) against the table "Current facts that supersede the seeds" in DESIGN.md.

## Sections

section-assessment = The assessment
section-dpia = Is an impact assessment needed?
section-mapping = Mapping the information
section-legal = Law and secrecy
section-transfer = Where are the data? Third countries
section-uk = The United Kingdom
section-classification = Information classification
section-risk = Risk and vulnerability analysis
section-security = Security measures
section-contracts = Contracts and documentation
section-records = Public records and archives
section-overall = Overall assessment

## Shared options

option-sweden = Sweden
option-eu-eea = Another EU/EEA country
option-uk = United Kingdom
option-usa = USA
option-other = Another country outside the EU/EEA

level-0 = 0 – negligible
level-1 = 1 – moderate
level-2 = 2 – substantial
level-3 = 3 – serious
level-4 = 4 – very serious

## 1. The assessment

assessment-service-name = What is the cloud service called?
    .help = The name, preferably with version or module, makes the assessment easy to find and follow up. An assessment covers one service used in one way: if you change service or change how it is used, the assessment must be redone. Do not write personal data here.
    .ref = SKR's guidance for social services on cloud services, introduction

assessment-vendor-name = Which company provides the service?
    .help = Give the company you sign the contract with. Where the company and any parent company have their seat is asked later, because it decides which countries' laws the vendor must obey. The vendor is usually your data processor.
    .ref = GDPR art. 4.8 and 28 · SKL memo Använd molntjänster på rätt sätt (2013)

assessment-purpose = What will the service be used for? Describe briefly.
    .help = The purpose steers the whole assessment: which data are needed, who may see them and how long they may be kept. Describe the purpose in one sentence, for example “digital self-assessment before following up an intervention”. At most 200 characters, and no names or personal identity numbers.
    .ref = GDPR art. 5.1 b and 35.7 a

assessment-service-type = What kind of cloud service is it?
    .help = The risks differ between kinds of service. Services for storing and sharing documents, which staff sometimes start using on their own, often lack backups and other protection and rarely suit data under secrecy. For a ready-made system delivered as a service it is the terms that must be examined, and when operations or storage are procured there is often more room to set your own requirements.
    .ref = SKL memo Använd molntjänster på rätt sätt (2013), common uses
assessment-service-type--document-storage = Storing and sharing documents
assessment-service-type--software-service = A ready-made system or program as a service (SaaS)
assessment-service-type--platform-infrastructure = Operations, storage or platform (IaaS, PaaS)
assessment-service-type--other = Other

assessment-stage = At what stage are you?
    .help = As a rule the assessment is made before any data are processed in the service, preferably before procurement so that the requirements go into the tender documents. If the service is already in use, make the assessment now. It must also be redone when the risk changes.
    .ref = GDPR art. 35.1 and 35.11 · SKR's guidance section 1.2
assessment-stage--planning = We are considering the service
assessment-stage--procurement = We are procuring or buying the service
assessment-stage--in-use = The service is already in use

assessment-controller = Who is the controller for the processing in the service?
    .help = The controller decides why and how the data are processed and is responsible, also for what the vendor does. Under the ordinance (2001:637) on the processing of personal data in social services, this is the social welfare committee (or equivalent committee) for the municipality's own services and the private provider for its own services. The vendor of the cloud service is usually a processor.
    .ref = GDPR art. 4.7 and 24 · SoLPUF (2001:637) · SKR's guidance section 1
assessment-controller--committee = The committee (social welfare committee or equivalent)
assessment-controller--private-provider = A private provider
assessment-controller--unclear = It is unclear

assessment-participants = Which roles take part in the assessment?
    .help = A good assessment needs knowledge of the service, the technology and the law. The guidance recommends a workshop with the system manager, the information owner (someone who can decide on choices), users from different parts of the service, an IT architect, the information security officer and a lawyer or the data protection officer. If a role is missing, note who is to be asked afterwards.
    .ref = SKR's guidance section 2.7 · GDPR art. 35.2
assessment-participants--system-manager = System manager
assessment-participants--information-owner = Information owner
assessment-participants--users = Users from the service
assessment-participants--it-architect = IT architect
assessment-participants--security-officer = Information security officer
assessment-participants--lawyer-dpo = Lawyer or data protection officer

## 2. Impact assessment

dpia-evaluation = Does the service evaluate or score people, for example through profiling or predictions of behaviour?
    .help = This is one of the nine criteria in IMY's list of when an impact assessment is required; if at least two hold, one is required as a rule. Examples are risk assessment instruments, rating scales that compute a score and features that predict needs. The guidance refers to Datainspektionen, which since 1 January 2021 is called the Swedish Authority for Privacy Protection (IMY).
    .ref = GDPR art. 35.1 and 35.4 · IMY's list under art. 35.4 (checked November 2026) · SKR's guidance section 1.4

dpia-automated-decisions = Does the service make automated decisions with legal or similarly significant effect on the individual?
    .help = Automated decisions with legal effect, for example on whether someone is granted assistance, or with a similarly significant effect are one of IMY's criteria. A tool that only gives the case officer material does not count here, but may be scoring (the previous question). Individuals also have particular rights when decisions are made fully automatically.
    .ref = GDPR art. 22 and 35.3 a · IMY's list under art. 35.4 (checked November 2026) · SKR's guidance section 1.4

dpia-monitoring = Is the service used to systematically monitor, observe or control the individuals?
    .help = Systematic monitoring is one of IMY's criteria. Examples are location tracking, sensors or cameras in the home and continuous recording of how someone uses an app. Monitoring is particularly intrusive when the individual does not notice it or cannot opt out.
    .ref = GDPR art. 35.3 c · IMY's list under art. 35.4 (checked November 2026) · SKR's guidance section 1.4

dpia-sensitive = Are sensitive personal data or data of a highly personal nature processed?
    .help = Sensitive personal data include data on health, ethnic origin, religion and sex life. Data of a highly personal nature also include much of what social services hold, such as substance abuse, financial assistance, domestic violence and offences. It is one of IMY's criteria, and in social services the answer is almost always yes.
    .ref = GDPR art. 9 and 10 · IMY's list under art. 35.4 (checked November 2026) · SKR's guidance section 1.4

dpia-large-scale = Is the processing on a large scale?
    .help = Scale is judged by how many people are concerned, how much data is involved, how long the processing lasts and how wide a geographical area it covers. A service for all clients of a municipality, or for several municipalities, is often large scale. It is one of IMY's criteria.
    .ref = GDPR art. 35.3 b and recital 91 · IMY's list under art. 35.4 (checked November 2026) · SKR's guidance section 1.4

dpia-combining = Are data from different systems or sources matched or combined?
    .help = Matching or combining data from different systems or purposes, in a way the individual would not expect, is one of IMY's criteria. An example is a service that fetches data from the case management system and combines them with its own. The criterion is not in the guidance's table, but it is in IMY's list.
    .ref = IMY's list under art. 35.4 (checked November 2026)

dpia-vulnerable = Do the data concern people in a vulnerable position, such as children, older people, people with disabilities or others who depend on social services?
    .help = Someone in a weaker or dependent position finds it harder to defend their rights. It is one of IMY's criteria, and in social services it almost always holds, since the individual depends on the committee's decisions.
    .ref = GDPR recital 75 · IMY's list under art. 35.4 (checked November 2026) · SKR's guidance section 1.4

dpia-innovative = Is new or innovative technology used, for example AI, speech recognition or new ways of organising the work?
    .help = New technology can bring risks nobody knows yet. An AI assistant in the cloud, automatic transcription of conversations and sensors in the home are examples. It is one of IMY's criteria.
    .ref = GDPR art. 35.1 · IMY's list under art. 35.4 (checked November 2026) · SKR's guidance section 1.4

dpia-blocks-right = Can the processing prevent someone from exercising a right or getting a service or intervention?
    .help = If the service decides who gets access to an intervention, or if support can only be obtained through the service, that is one of IMY's criteria. Think of people without a computer, a mobile phone or an e-ID.
    .ref = IMY's list under art. 35.4 (checked November 2026)

dpia-decision = What have you decided about an impact assessment?
    .help = If two or more of IMY's criteria hold, an impact assessment must be made before the processing starts. It describes the processing and its purpose, assesses whether the processing is necessary and proportionate, assesses the risks to the individuals and sets out the measures that will address the risks. The data protection officer's advice must be sought.
    .ref = GDPR art. 35.2 and 35.7 · IMY's list under art. 35.4 (checked November 2026) · SKR's guidance sections 1.1–1.3
dpia-decision--done = An impact assessment has been made
dpia-decision--planned = It will be made before the service is used
dpia-decision--not-needed = We consider that none is needed

dpia-skip-documented = Have you stated in writing why no impact assessment is needed?
    .help = Even when two or more criteria hold, the controller may conclude that the processing is unlikely to result in a high risk. IMY says the reasons must then be stated and documented. Without documentation you cannot show that you made the assessment.
    .ref = GDPR art. 5.2 and 35 · IMY's list under art. 35.4 (checked November 2026) · SKR's guidance section 1.4

dpia-skip-dpo = Have the data protection officer's views on the decision been obtained and documented?
    .help = When you refrain from an impact assessment although the criteria point to one, IMY says the data protection officer's views must be part of the documentation. All public authorities, municipalities included, must have a data protection officer.
    .ref = GDPR art. 37–39 · IMY's list under art. 35.4 (checked November 2026)

## 3. Mapping

mapping-personal-data = Will personal data be processed in the service?
    .help = All data that can be linked directly or indirectly to a living person are personal data, also pseudonymised data such as an alias or a case number. In social services the answer is almost always yes. If you answer no, check free-text fields, attachments and logs in particular.
    .ref = GDPR art. 4.1 and recital 26 · SKR's guidance section 2.5

mapping-information = What kinds of data may be in the service?
    .help = Mapping is the first step: without it you cannot judge how much protection the information needs or whether it suits a cloud service at all. Choose everything that may occur, including what ends up in the service only now and then. Start from the most sensitive data that might be handled.
    .ref = SKR's guidance sections 2.5 and 2.6 · GDPR art. 9 and 10 · Data Protection Act (2018:218) ch. 3
mapping-information--identity = Names and contact details
mapping-information--personnummer = Personal identity or coordination numbers
mapping-information--case-records = Data from cases and investigations
mapping-information--self-assessment = Self-assessments and survey answers
mapping-information--health = Health
mapping-information--substance-use = Substance abuse or addiction
mapping-information--finances = Finances and financial assistance
mapping-information--family-relations = Family circumstances and domestic violence
mapping-information--offences = Offences

mapping-secrecy = Can data in the service be subject to secrecy?
    .help = Data on individuals' personal circumstances in social services are protected by strong secrecy under the Public Access to Information and Secrecy Act (2009:400, OSL). The guidance gives the act the wrong year (2019:400); the correct number is 2009:400. If the answer is yes or uncertain, you must examine whether the data may be handed to the vendor, which the questions on law and secrecy cover.
    .ref = OSL (2009:400) ch. 26 sec. 1 · SKR's guidance section 2.5

mapping-children = Do the data concern children, or will children use the service themselves?
    .help = Children are entitled to particular protection of their personal data, and information for children must be easy to understand. Children and young people often have no BankID or mobile phone of their own, which affects how login can be arranged. The UN Convention on the Rights of the Child has been Swedish law since 1 January 2020.
    .ref = GDPR recital 38 and art. 12 · Act (2018:1197) on the UN Convention on the Rights of the Child · SKR's guidance section 2.2

mapping-individuals-use = Will individuals (clients, service users) log in to the service themselves, for example for self-assessment?
    .help = When individuals use the service over the internet, there are requirements on how they log in and on no data being left on their computer or phone. If you answer yes, questions on this follow under security measures.
    .ref = SKR's guidance section 2.2

mapping-free-text = Does the service have free-text fields where staff or individuals can write whatever they like?
    .help = Free text easily collects names of other people and sensitive data that are not needed. These end up with the vendor and are hard to clean out, for example when data are compiled. The guidance therefore advises against free-text fields and suggests yes/no questions or fixed answer options.
    .ref = GDPR art. 5.1 c and 25 · SKR's guidance section 2.3

mapping-free-text-limited = What are you doing about the free-text fields?
    .help = It is best to remove the free-text fields. If they really are needed, limit the number of characters and give users clear instructions on what must not be written.
    .ref = SKR's guidance section 2.3
mapping-free-text-limited--removed = They are removed or switched off
mapping-free-text-limited--limited = They stay, with a limited number of characters
mapping-free-text-limited--kept = They stay as they are

mapping-offline-use = Will data be recorded offline, for example on a tablet or phone lent to the individual?
    .help = Not everyone has a computer, a phone or the internet. The guidance describes how social services can lend a device on which the individual fills in data offline, and how the data are then transferred to the service. This brings its own requirements on encryption and deletion on the device.
    .ref = SKR's guidance section 2.2

mapping-suitable = After the mapping, do you consider the information suitable for a cloud service at all?
    .help = The mapping should show how much protection the information needs for the individual, for the service and for society. For some information the conclusion is that it should not be handled in a cloud service at all, or only in a certain kind of service. SKR recommends a careful risk analysis especially for sensitive information in services controlled from another country.
    .ref = SKR's guidance section 2.5 · SKR's position on information handling in cloud services

## 4. Law and secrecy

legal-activity-law = Under which acts is the service that will use the cloud service run?
    .help = The acts governing the work decide which secrecy and which documentation requirements apply. A new Social Services Act (2025:400) has applied since 1 July 2025; the previous one was 2001:453, which the guidance wrongly gives as 2001:43 (checked November 2026). Check that your procedures refer to the right act.
    .ref = Social Services Act (2025:400) · LSS (1993:387) · LVU (1990:52) · LVM (1988:870)
legal-activity-law--sol = Social Services Act (2025:400)
legal-activity-law--lss = LSS (1993:387)
legal-activity-law--lvu = LVU (1990:52)
legal-activity-law--lvm = LVM (1988:870)
legal-activity-law--other = Another act

legal-solpul = Have you checked that the processing fits within the data protection rules for social services?
    .help = Personal data in social services are processed under the General Data Protection Regulation (GDPR), the Data Protection Act (2018:218) with its ordinance (2018:219), and the act (2001:454) and ordinance (2001:637) on the processing of personal data in social services (SoLPUL and SoLPUF). The Personal Data Act (PuL), on which the 2013 SKL memo is based, was repealed in 2018. Check that the purposes and the data fit within the rules (checked November 2026).
    .ref = GDPR art. 6 and 9 · Data Protection Act (2018:218) · ordinance (2018:219) · SoLPUL (2001:454) · SoLPUF (2001:637)

legal-who-how-where = Do you know who at the vendor handles the information, how it is handled and where it is geographically?
    .help = To decide whether it is lawful and appropriate to use the vendor you must know who can access the data (subcontractors and support included), how they are handled and in which countries they are stored and processed. Without that, neither the secrecy assessment nor the assessment of third-country transfers can be made.
    .ref = SKR's guidance section 2.5 · GDPR art. 28.1

legal-secrecy-assessed = Have you examined whether data under secrecy may be handed to the vendor?
    .help = The vendor's access to the data can be a disclosure that must be compatible with secrecy. Since 1 July 2023, OSL ch. 10 sec. 2 a lets an authority hand data to a provider for technical processing or storage only, unless that is unsuitable in the circumstances (prop. 2022/23:97, checked November 2026). The rule did not exist when the guidance was written. The examination must be made and documented before the service is used; for a private provider, the statutory duty of confidentiality applies instead.
    .ref = OSL (2009:400) ch. 10 sec. 2 a and ch. 26 sec. 1 · prop. 2022/23:97 · SKR's guidance section 2.5

legal-technical-only = Will the vendor handle the data only for technical processing or storage on your behalf?
    .help = The rule in OSL ch. 10 sec. 2 a applies only when the vendor handles the data technically for you, for example stores them or runs the system. If the vendor is to use the content for its own purposes, such as analysis, statistics, product development or training AI models, the rule is not enough.
    .ref = OSL (2009:400) ch. 10 sec. 2 a · prop. 2022/23:97 (checked November 2026)

legal-unsuitable = Are there circumstances that make it unsuitable to hand the data to the vendor?
    .help = Even technical processing and storage is not allowed if it is unsuitable in the circumstances. What may count against it is, for example, that the vendor can be compelled to disclose data to a foreign authority, weak security, staff without a criminally sanctioned duty of confidentiality, or particularly sensitive data. eSam (2018, and in a memo in 2023) stresses that neither the new secrecy rule nor the EU-US Data Privacy Framework is an unconditional green light; your own assessment is required.
    .ref = OSL (2009:400) ch. 10 sec. 2 a · prop. 2022/23:97 · eSam (checked November 2026)

legal-cybersecurity = Is the service part of your organisation's risk management and supplier control under the Cybersecurity Act?
    .help = The Cybersecurity Act (2025:1506), which implements the EU NIS2 directive, applies from 15 January 2026 and covers every municipality. Among other things it requires risk management and supply-chain security, and that includes cloud services. The act did not exist when the guidance was written. Whether a private provider is covered depends on its activity; check with your lawyer (checked November 2026).
    .ref = Cybersecurity Act (2025:1506)

legal-outdated-docs = Do your own procedures, templates or contracts still refer to PuL, Datainspektionen, Privacy Shield or the old Social Services Act?
    .help = Much has changed since the guidance was written: PuL was repealed in 2018, Datainspektionen has been called the Swedish Authority for Privacy Protection (IMY) since 1 January 2021, the Court of Justice of the EU invalidated Privacy Shield on 16 July 2020 and a new Social Services Act (2025:400) has applied since 1 July 2025 (checked November 2026). Old references can lead to wrong assessments.
    .ref = Data Protection Act (2018:218) · CJEU C-311/18 (Schrems II) · Social Services Act (2025:400)

## 5. Third countries

transfer-vendor-seat = Where does the vendor have its seat?
    .help = The vendor must obey the laws of the country where it has its seat. If the seat is outside the EU/EEA, the transfer needs a basis under the GDPR, and foreign law can compel the vendor to disclose data. Even for vendors inside the EU you should check that the staff have a criminally sanctioned duty of confidentiality.
    .ref = GDPR ch. V · SKR's guidance section 2.6

transfer-parent-seat = Where does the vendor's parent company have its seat?
    .help = A Swedish or European company can be owned by a company in another country whose law can reach data the group controls. This applies particularly to US groups: the CLOUD Act (2018) lets US authorities demand data that a US company has in its possession or control, even if they are stored outside the USA. Whether that reaches a subsidiary depends on the circumstances.
    .ref = SKR's guidance section 2.6 · CLOUD Act (USA, 2018)
transfer-parent-seat--no-parent = The vendor has no parent company

transfer-storage-location = In which countries are the data stored, backups included?
    .help = Where the data centres are decides whether data are transferred to a third country. Do not forget backups and standby data centres. Choose every country that occurs.
    .ref = GDPR art. 44 · SKL memo Använd molntjänster på rätt sätt, checklist item 2

transfer-processing-location = In which countries are the data processed?
    .help = Many vendors distinguish storage from processing: data can be stored in the EU but processed or analysed elsewhere. Both storage and processing are processing of personal data, and a transfer to a third country needs a basis in either case. The 2013 SKL memo describes this under PuL, which has been replaced by the GDPR.
    .ref = GDPR art. 4.2 and 44 · SKL memo Använd molntjänster på rätt sätt, checklist item 3

transfer-support-location = From which countries can support, operations and maintenance access the data?
    .help = Access from another country, for example when a support technician troubleshoots, counts as a transfer to that country even if the data are stored in Sweden. Round-the-clock support is often run from several continents.
    .ref = GDPR art. 44 · EDPB Recommendations 01/2020 v2.0

transfer-subprocessors-known = Has the vendor disclosed which subcontractors (sub-processors) handle the data?
    .help = The vendor must be able to name and answer for its sub-processors and may engage them only with your authorisation. Each sub-processor must have the same obligations as the vendor. Unknown sub-processors mean you do not know where the data are or who can access them.
    .ref = GDPR art. 28.2 and 28.4 · SKL memo Använd molntjänster på rätt sätt, checklist item 1
transfer-subprocessors-known--none-used = No sub-processors are used
transfer-subprocessors-known--listed = Yes, a complete list
transfer-subprocessors-known--partly = Partly
transfer-subprocessors-known--unknown = No, they are unknown

transfer-subprocessor-location = In which countries are the sub-processors, or from where do they access the data?
    .help = The sub-processors' locations count in the same way as the vendor's own. Large vendors often use sub-processors for support, operations or mailings in several countries.
    .ref = GDPR art. 28.4 and 44

transfer-basis = What is the basis for transferring the data to countries outside the EU/EEA?
    .help = A transfer to a third country requires a decision by the European Commission that the country has an adequate level of protection, or appropriate safeguards such as the Commission's standard contractual clauses (decision 2021/914) or binding corporate rules (BCR). For the USA, the EU-US Data Privacy Framework (decision 2023/1795 of 10 July 2023) covers only organisations that have self-certified. Privacy Shield, which the guidance mentions, was invalidated by the Court of Justice of the EU on 16 July 2020 (Schrems II, C-311/18) (checked November 2026).
    .ref = GDPR art. 45–47 · Commission decisions 2021/914 and 2023/1795 · C-311/18 · SKR's guidance section 2.6
transfer-basis--adequacy = Adequacy decision for the country (for example the United Kingdom)
transfer-basis--dpf = EU-US Data Privacy Framework (the recipient is certified)
transfer-basis--scc = Standard contractual clauses (2021/914)
transfer-basis--bcr = Binding corporate rules (BCR)
transfer-basis--none = No basis

transfer-tia = Has the transfer been assessed (TIA), with supplementary measures where needed?
    .help = Standard contractual clauses and BCR are not enough on their own. You must, with the vendor's help, assess whether the law and practice of the recipient country prevent the safeguards from working, and where needed add supplementary measures, for example encryption where only you hold the keys. This is how the European Data Protection Board describes it in Recommendations 01/2020 (version 2.0, June 2021). The guidance calls the board “EPDB”; the correct abbreviation is EDPB.
    .ref = GDPR art. 46 · C-311/18 · EDPB Recommendations 01/2020 v2.0 (checked November 2026)

transfer-foreign-law = Can the vendor, a sub-processor or the parent company be compelled by law outside the EU/EEA to disclose data to authorities there?
    .help = Laws in the vendor's home country can give courts or authorities the right to demand customers' data, sometimes with a ban on telling the customer. That is a risk to the individuals and a circumstance that can make a disclosure unsuitable under OSL ch. 10 sec. 2 a. Answer yes if it cannot be ruled out.
    .ref = SKR's guidance, introduction and section 2.6 · GDPR art. 48 · OSL (2009:400) ch. 10 sec. 2 a

transfer-staff-confidentiality = Do the vendor's staff in other countries have a criminally sanctioned duty of confidentiality equivalent to the Swedish one?
    .help = If the data are subject to secrecy, check that the law of the country where the staff work makes breach of confidentiality a crime in a way equivalent to the Swedish Criminal Code (fines or imprisonment for up to one year). This applies to vendors inside the EU too. A contractual duty of confidentiality does not replace criminal liability.
    .ref = Swedish Criminal Code ch. 20 sec. 3 · SKR's guidance section 2.6

transfer-us-dpf = Is the US vendor self-certified under the EU-US Data Privacy Framework, and does the certification cover these data?
    .help = The Commission's adequacy decision 2023/1795 (10 July 2023) covers only US organisations that have self-certified and are on the list at dataprivacyframework.gov. The General Court of the EU upheld the decision on 3 September 2025 (Latombe, T-553/23), but the judgment has been appealed (C-703/25 P), so the position may change (checked November 2026). Without certification, standard contractual clauses and a transfer assessment are needed.
    .ref = Commission decision (EU) 2023/1795 · T-553/23 · C-703/25 P

transfer-us-cloud-act = Have you assessed the risk that US authorities demand the data under the CLOUD Act?
    .help = The CLOUD Act (2018) lets US authorities require US providers to disclose data in their possession or control, even when the data are stored in the EU. This applies to certified vendors as well: the Data Privacy Framework does not prevent such demands. eSam has stressed (in 2018 and in a memo in 2023) that neither the DPF nor the new secrecy rule in OSL is an unconditional green light (checked November 2026).
    .ref = CLOUD Act (USA, 2018) · eSam 2018 and memo 2023 · OSL (2009:400) ch. 10 sec. 2 a

## 6. The United Kingdom

uk-adequacy-checked = Have you checked that the EU adequacy decision for the United Kingdom covers your transfer?
    .help = The United Kingdom has been a third country since Brexit. On 28 June 2021 the European Commission decided that the country has an adequate level of protection (2021/1772 under the GDPR and 2021/1773 for law enforcement). The decisions were extended to 27 December 2025 and renewed on 19 December 2025 until 27 December 2031 (checked November 2026). While the decision holds, a data processing agreement is needed but no standard contractual clauses. The guidance was written during the transition period, before this was known.
    .ref = Commission decisions (EU) 2021/1772 and 2021/1773, renewed 19 December 2025 · SKR's guidance section 3

uk-fallback = Does the contract say what applies if the adequacy decision ends?
    .help = An adequacy decision can be repealed, for example if UK law changes, and the current one runs until 27 December 2031. The contract should say that standard contractual clauses will then be signed or the data moved to the EU/EEA, so that you are not left without a basis for the transfer.
    .ref = GDPR art. 45.5 and 46 · Commission decision 2021/914

uk-review-owner = Has someone been tasked with monitoring the UK decision and following it up before 27 December 2031?
    .help = A named owner and a monitoring date keep the question from being forgotten. Set a reminder well before the decision expires, and follow news of it being reviewed.
    .ref = Commission decision (EU) 2021/1772, renewed 19 December 2025 (checked November 2026)

## 7. Information classification

class-method = How has the information been classified?
    .help = Information classification shows what protection the information needs and gives the basis for requirements on the vendor. SKR's tool KLASSA (version 4.0, June 2024) assesses confidentiality, integrity, availability and traceability on consequence levels 0–4 and produces ready-made requirements and action plans. The guidance describes an older model with four levels (1–4). MSB, which produced much of the support for information security, has been called the Swedish Civil Defence Agency (Myndigheten för civilt försvar, MCF) since 1 January 2026.
    .ref = KLASSA 4.0 (SKR, June 2024) · SKR's guidance section 2.7 (checked November 2026)
class-method--klassa = With KLASSA
class-method--other-method = With another method
class-method--none-yet = It is not classified yet

class-confidentiality = Confidentiality: how serious is it if the data reach unauthorised people?
    .help = Judge the worst reasonable consequence for the individuals, the service and society if the data are disclosed. Data under social services secrecy often end up at level 3 or 4. A high level requires among other things strong authentication, access rights by need, encryption and logging.
    .ref = KLASSA 4.0, confidentiality · SKR's guidance section 2.7

class-integrity = Integrity: how serious is it if the data are wrong, incomplete or changed by unauthorised people?
    .help = Decisions about individuals rely on correct data. Judge the consequence if a self-assessment, an assessment or a note becomes wrong or is changed without anyone noticing. A high level requires among other things protection against unauthorised changes, traceable changes and checks on transfer.
    .ref = KLASSA 4.0, integrity · SKR's guidance section 2.7

class-availability = Availability: how serious is it if the service or the data cannot be reached?
    .help = Think of both short outages (hours) and long ones (days, or the vendor going out of business). If case officers cannot reach the data when a child needs protection, the consequence is serious. A high level requires among other things a continuity plan, contracted availability and backups that can be restored.
    .ref = KLASSA 4.0, availability · SKR's guidance section 2.7

class-traceability = Traceability: how serious is it if you cannot see who did what in the service?
    .help = Traceability is needed to detect unauthorised access, investigate incidents and show who changed something. A high level requires among other things logging of access and changes, protected and retained logs, and that you yourselves can read and follow up the logs.
    .ref = KLASSA 4.0, traceability · SKR's guidance section 2.7

## 8. Risk and vulnerability analysis

risk-analysis = Has a risk and vulnerability analysis been made for the service?
    .help = After the classification the group goes through possible threats, how likely they are and what consequences they can have. The result becomes requirements on the vendor and internal measures. The analysis is part of the impact assessment and of risk management under the Cybersecurity Act (2025:1506).
    .ref = GDPR art. 32 and 35.7 c · SKR's guidance section 2.7 · Cybersecurity Act (2025:1506)
risk-analysis--done = Yes, it has been made
risk-analysis--planned = It is planned
risk-analysis--none = No

risk-threats = Which threats have you judged relevant?
    .help = The list supports the discussion and is not complete. Each threat you choose should appear in the analysis with likelihood, consequence and measure.
    .ref = SKR's guidance section 2.7 · KLASSA 4.0
risk-threats--unauthorised-access = Unauthorised access, for example hijacked accounts
risk-threats--foreign-authority = A foreign authority demands the data
risk-threats--outage = Outage of the service or the network
risk-threats--vendor-failure = The vendor goes out of business or changes the service
risk-threats--data-loss = Data are lost or destroyed
risk-threats--wrong-recipient = Data reach the wrong recipient
risk-threats--misuse = Staff misuse their access rights
risk-threats--none = No relevant threats

risk-likelihood = How likely is the most serious threat, with the planned measures?
    .help = Likelihood is judged together with the consequence in the next question. High likelihood and a serious consequence mean that the risk cannot be accepted without further measures.
    .ref = SKR's guidance section 2.7 · GDPR recital 76
risk-likelihood--low = Low
risk-likelihood--medium = Medium
risk-likelihood--high = High
risk-likelihood--very-high = Very high

risk-consequence = How serious is the consequence for the individuals if the most serious threat occurs?
    .help = Use the same levels as in KLASSA. Think of the individuals in particular: harm, exposure, discrimination, a protected address being revealed or trust in social services being damaged.
    .ref = KLASSA 4.0 · GDPR recital 75

risk-incident-routine = Are there procedures for how the vendor reports security incidents and personal data breaches to you?
    .help = A personal data breach must be notified to IMY within 72 hours of your becoming aware of it, and the vendor must inform you without undue delay. That works only if the procedure, the contact routes and the responsibilities are settled in advance. Significant incidents may also have to be reported under the Cybersecurity Act (2025:1506).
    .ref = GDPR art. 33 · Cybersecurity Act (2025:1506) (checked November 2026)

risk-supplier-follow-up = Will you follow up the vendor regularly during the contract?
    .help = Risks change: the vendor can change sub-processors, move data or change terms. Following up the vendor is part of the controller's responsibility and of the supply-chain security requirements of the Cybersecurity Act.
    .ref = GDPR art. 28.3 h · Cybersecurity Act (2025:1506)

## 9. Security measures

sec-encrypted-transfer = Is all transfer between the users, your systems and the service encrypted?
    .help = Sensitive data sent over open networks, such as the internet, must be encrypted, for example with a current version of TLS. This applies to browsers, apps and connections to the case management system.
    .ref = GDPR art. 32.1 a · SKR's guidance, introduction and section 2.2 · SKL memo, secrecy and security

sec-encryption-at-rest = Are the data encrypted where they are stored, backups included?
    .help = Encrypting stored data protects against someone getting at disks or backups. If only you, not the vendor, hold the keys, the encryption also protects against disclosure to foreign authorities.
    .ref = GDPR art. 32.1 a · EDPB Recommendations 01/2020 v2.0, annex 2

sec-staff-auth = How do staff log in to the service?
    .help = Staff who reach data on individuals over open networks should use strong authentication with at least two factors, for example BankID, another e-ID, a SITHS card or a one-time code. Health care has this requirement in HSLF-FS 2016:40, and in 2019 the National Board of Health and Welfare (Socialstyrelsen) found that social services should reasonably have the same level of protection. A password alone is not enough.
    .ref = GDPR art. 32 · HSLF-FS 2016:40 (as a model) · Socialstyrelsen, Säker personuppgiftsbehandling i socialtjänsten (2019) · SKR's guidance section 2.4
sec-staff-auth--bankid = BankID
sec-staff-auth--other-eid = Another e-ID
sec-staff-auth--siths = SITHS card
sec-staff-auth--sms-otp = One-time code by SMS
sec-staff-auth--app-otp = One-time code in an app, or a security key
sec-staff-auth--password-only = User name and password only

sec-staff-open-network = Can staff log in over the internet, outside the organisation's own network?
    .help = The requirement for strong authentication applies to access over open networks. Almost all cloud services are reached over the internet; answer no only if access is limited to a protected network.
    .ref = HSLF-FS 2016:40 (as a model) · SKR's guidance section 2.4

sec-access-control = Can access rights be set so that each member of staff reaches only the data they need?
    .help = Access rights should follow the needs of the work, not what is technically easy. Check that the service has roles and can limit access per case or unit, and that access rights are removed when someone leaves.
    .ref = GDPR art. 5.1 f, 25 and 32 · KLASSA 4.0, confidentiality

sec-access-logging = Is all access to the data logged, and can you read the logs yourselves?
    .help = You need to be able to follow up who has seen data on individuals, for example when someone is suspected of reading without need. The logs must be available to you, protected against change and kept long enough, and someone must be tasked with reviewing them regularly.
    .ref = GDPR art. 5.2 and 32 · SKL memo, checklist item 6 · KLASSA 4.0, traceability

sec-inactivity-lock = Does the service or app lock automatically after a period of inactivity?
    .help = Automatic locking or logout after a few minutes prevents someone else from taking over a session on an unattended computer or phone.
    .ref = GDPR art. 32 · SKR's guidance section 2.2

sec-individual-auth = How do the individuals (clients, service users) log in to the service?
    .help = Individuals should log in with strong authentication with at least two factors, for example BankID or a one-time code by SMS. With only a user name and password, anyone who knows or guesses the password can act as the individual, and this cannot be detected. Compare the two-factor requirement for patients accessing their records in HSLF-FS 2016:40.
    .ref = GDPR art. 32 · HSLF-FS 2016:40 (as a model) · SKR's guidance section 2.2
sec-individual-auth--bankid = BankID
sec-individual-auth--other-eid = Another e-ID
sec-individual-auth--sms-otp = One-time code by SMS
sec-individual-auth--password-only = User name and password only

sec-history-off = Can all history for the individual be switched off, so that no earlier answers can be seen after login?
    .help = Not all children and young people have BankID or a phone. The guidance describes an exception: if all history is switched off, there are no personal data to reach after login, and then a user name and password can be accepted. The following questions show whether the exception is met.
    .ref = SKR's guidance section 2.2

sec-alias-id = Does social services give the individual an ID of their own as user name, instead of name or personal identity number?
    .help = The exception requires the individual to log in with an ID issued by social services and a password, never with name or personal identity number. The data are still personal data, but pseudonymised, and only social services must be able to link the ID to a person.
    .ref = GDPR art. 4.5 · SKR's guidance section 2.2

sec-incomplete-deleted = Is a started survey deleted on the server if the individual abandons it?
    .help = If started but abandoned answers are kept, there are still personal data to reach with a guessed password. The exception holds only if such answers are deleted.
    .ref = SKR's guidance section 2.2

sec-individual-no-local-copy = Do the data disappear from the individual's computer or phone once they have been transferred to the service?
    .help = No data should remain on the individual's device after the transfer, since others in the household may have access to it. Check the browser cache, downloaded files and the app's local storage.
    .ref = SKR's guidance section 2.2

sec-offline-encrypted = Are the data stored encrypted on the lent device, and does the app lock after a few minutes of inactivity?
    .help = A lent tablet or phone can be lost or used by someone else. The data must therefore be encrypted on the device and the app must lock itself. The individual logs in with a user ID and password, and only social services, not the vendor, must be able to link users to persons.
    .ref = SKR's guidance section 2.2 · GDPR art. 32

sec-offline-wiped = Is everything on the device deleted once the data have been transferred to the service?
    .help = The case officer collects the device and uploads its content at the workplace. After that, all data on the device must be deleted, so that the next person who borrows it cannot see anything.
    .ref = SKR's guidance section 2.2

sec-backup = Are backups taken that you can get back, and have you tried restoring?
    .help = Backups protect against loss through faults, sabotage or ransomware. Simple storage and sharing services often have no backups. A backup that has never been test-restored is no guarantee.
    .ref = GDPR art. 32.1 c · SKL memo, common uses

sec-continuity-plan = Is there a continuity plan for how the work goes on if the service cannot be reached, for a short or a long time?
    .help = The guidance singles out continuity plans as an important internal process. The plan describes how work continues during an outage, who decides and how the data are brought back if the vendor disappears. It is needed particularly when availability has been classified high.
    .ref = SKR's guidance section 2.7 · KLASSA 4.0, availability · Cybersecurity Act (2025:1506)

## 10. Contracts and documentation

contract-type = How is the contract for the service made?
    .help = With procurement or negotiation you can set your own requirements. Standard terms accepted with a click can rarely be influenced, and the vendor can change them during the contract. Such services should only be used for information that is neither sensitive nor critical to the service.
    .ref = SKL memo Använd molntjänster på rätt sätt, standard contracts · Public Procurement Act (2016:1145)
contract-type--negotiated = A negotiated contract
contract-type--procured = A procured contract, for example a framework agreement
contract-type--standard-signed = The vendor's standard contract, signed
contract-type--click-through = Standard terms accepted with a click on the web

contract-click-saved = Have you saved the terms with the date and a screenshot of the acceptance?
    .help = Terms accepted with a click can change without you noticing. Save the terms as they were when you accepted them, with the date, and a screenshot of the box where you accepted. If anything in the terms is unclear, ask the vendor.
    .ref = SKR's guidance section 2.8

contract-dpa = Is there a data processing agreement with the vendor?
    .help = When the vendor processes personal data for you, a written agreement is required that among other things instructs the vendor. SKR has a template for municipalities and regions, and the European Commission has standard contractual clauses for processing agreements (decision 2021/915). The guidance says that standard contractual clauses for third countries can replace the processing agreement; that is true only for the 2021 clauses (2021/914) in module 2 or 3, which also contain what a processing agreement requires.
    .ref = GDPR art. 28.3 · Commission decisions 2021/915 and 2021/914 · SKR's guidance section 2.8
contract-dpa--skr-template = Yes, following SKR's template
contract-dpa--vendor-template = Yes, following the vendor's template
contract-dpa--in-terms = It is part of the vendor's standard terms
contract-dpa--none = No

contract-dpa-content = Does the data processing agreement contain everything article 28 requires?
    .help = The agreement must among other things say that the vendor may process the data only on your instructions, that staff are bound by confidentiality, which security measures apply, how sub-processors are engaged, how the vendor helps you with the individuals' rights and with incidents, that the data are deleted or returned when the agreement ends and that you may audit compliance. Standard terms often lack some of this.
    .ref = GDPR art. 28.3 · SKL memo, personal data

contract-scc = Which standard contractual clauses are used for the transfer?
    .help = Since 2021 the Commission's new standard contractual clauses (decision 2021/914) apply, with four modules according to the parties' roles; when the vendor is your processor it is usually module 2. The older clauses could only be used for contracts concluded before 27 September 2021, and then at the latest until 27 December 2022.
    .ref = Commission decision (EU) 2021/914 art. 4 · GDPR art. 46.2 c
contract-scc--scc-2021 = The 2021 clauses (2021/914) with the right module
contract-scc--older = Older clauses
contract-scc--not-signed = No clauses have been signed

contract-subprocessor-approval = May the vendor engage new sub-processors only after informing you, so that you can object?
    .help = You must know and be able to influence who handles the data. A processor may not engage another processor without your written authorisation; if the authorisation is general, you must be told of changes in advance and be able to object. The sub-processor must have the same obligations.
    .ref = GDPR art. 28.2 and 28.4 · SKL memo, checklist item 1

contract-location-stated = Does the contract state where the data are stored and processed, support included?
    .help = It is not enough for the vendor to promise storage in the EU. The contract should state where the data are stored, processed and accessed from, and that they may not be moved without your approval.
    .ref = SKL memo, checklist items 2 and 3 · GDPR art. 28.3 a

contract-ownership = Is it clear that you own the information and that the vendor may not use it for its own purposes?
    .help = It must be clear that the municipality or provider owns the information during and after the contract, and that the vendor may not use it for its own needs, such as statistics, marketing or training AI models. If images are handled, the photographer's copyright may also need to be settled.
    .ref = SKL memo, checklist item 4 · GDPR art. 28.10

contract-exit = Does the contract say how the data are returned and deleted when the contract ends?
    .help = When the contract ends you must get the data back in a usable format, and the vendor must delete them, backups included, within a set time. Otherwise you risk lock-in with the vendor, or data left behind there.
    .ref = SKL memo, checklist item 5 · GDPR art. 28.3 g

contract-documents = Which supporting documents exist for using the service?
    .help = The documents make it clear to everyone why and how the service is to be used and who is responsible for what. The guidance suggests a communication plan, procedures and roles (responsibility, period, account management), a description of the service and manuals for different roles.
    .ref = SKR's guidance section 2.8
contract-documents--communication-plan = Communication plan
contract-documents--routines-roles = Procedures and roles, for example account management
contract-documents--information-spec = Description of the service and the information
contract-documents--manuals = Manuals for different roles
contract-documents--none = None yet

## 11. Public records and archives

records-public-docs = Will the data in the service be official documents (allmänna handlingar) held by the committee?
    .help = Data an authority keeps, also with a vendor, can be official documents. They must then be disclosable on request (after a secrecy review), kept in order, disposed of by decision and archived. For a private provider the rules on official documents do not apply, but the documentation rules do.
    .ref = Freedom of the Press Act ch. 2 · OSL (2009:400) ch. 4–6 · SKL memo, handling official documents

records-only-store = Is the service the only place where the documents are kept?
    .help = If a cloud service is the only place of storage, you must make sure that outages, changes in the service or the vendor going out of business do not cause documents to be lost.
    .ref = SKL memo, handling official documents · OSL (2009:400) ch. 4

records-disclosure = Can you quickly retrieve a document from the service when someone asks to see it?
    .help = Anyone who requests an official document has the right to get it promptly, after a secrecy review. That requires you to be able to search for and extract data from the service yourselves without waiting for the vendor.
    .ref = Freedom of the Press Act ch. 2 · OSL (2009:400) ch. 4–6

records-deletion = Can data be disposed of (gallring), that is deleted for good, backups included, when the committee has decided so?
    .help = Data must be disposed of according to the committee's decisions and records management plan, and personal data may not be kept longer than necessary. Many services, especially those built for the US market, are designed so that nothing disappears. Check how and when data are deleted, in backups and logs too.
    .ref = Archives Act (1990:782) · GDPR art. 5.1 e and 17 · SKL memo, handling official documents

records-export = Can the data be exported from the service in a format that can be archived and read far into the future?
    .help = Documents to be preserved must be transferable to an archive, for example an e-archive, in an open and durable format (archive export). This also applies when the contract ends.
    .ref = Archives Act (1990:782) · SKL memo, handling official documents

records-sosfs = Have you decided which data from the service are to be documented in the individual's case file?
    .help = Documentation in social services cases is governed by the National Board of Health and Welfare's regulations and general advice SOSFS 2014:5. Data from the service that matter for a case, for example a self-assessment on which a decision is based, must be entered in the case file and not only exist in the cloud service. HSLF-FS 2016:40 governs health care records and can only serve as a comparison (checked November 2026).
    .ref = SOSFS 2014:5 · HSLF-FS 2016:40

## 12. Overall assessment

overall-high-risk = Does a high risk to the individuals' rights and freedoms remain despite the planned measures?
    .help = This is the conclusion of the impact assessment. If a high risk remains, the processing may not start until you have consulted IMY in a prior consultation, unless you refrain instead. IMY must as a rule reply within eight weeks, a period that can be extended.
    .ref = GDPR art. 36 · SKR's guidance section 1

overall-prior-consultation = What will you do about the high risk?
    .help = If a high risk remains, you can request prior consultation with IMY before the processing starts, or refrain from the service. The guidance mentions Datainspektionen, which since 1 January 2021 is called the Swedish Authority for Privacy Protection (IMY).
    .ref = GDPR art. 36 · SKR's guidance section 1
overall-prior-consultation--consult-imy = We request prior consultation with IMY
overall-prior-consultation--refrain = We refrain from the service
overall-prior-consultation--undecided = Not decided

overall-decision = What is the group's overall recommendation?
    .help = The recommendation sums up the assessment for the decision by whoever has the authority, for example the committee or a delegate. Conditions must be concrete: who does what, and when.
    .ref = GDPR art. 24 and 35.7 · SKR's guidance section 2.7
overall-decision--approve = The service can be used
overall-decision--approve-with-conditions = The service can be used once the conditions are met
overall-decision--postpone = Wait, more information is needed
overall-decision--reject = The service should not be used

overall-dpo-opinion = Has the data protection officer given views on the overall assessment?
    .help = The data protection officer's advice must be sought for an impact assessment, and the views should be documented with the assessment, also if you choose to act otherwise.
    .ref = GDPR art. 35.2 and 39.1 c

overall-next-review = When is the assessment to be reviewed next?
    .help = The assessment must be reviewed when the risk changes, for example with new features, new sub-processors or changed terms, and when the rules change. The position on transfers to the USA and the United Kingdom may change: the DPF case C-703/25 P is pending and the UK decision runs until 27 December 2031 (checked November 2026). Choose a date, for example one year from now.
    .ref = GDPR art. 35.11

## Findings

finding-controller-unclear = It is unclear who the controller is
    .action = Whoever leads the assessment takes the question to the committee's secretariat or lawyer and has it settled whether the committee or the private provider is the controller, before the work goes on.
    .help = The controller makes the impact assessment, signs the processing agreement and is responsible (GDPR art. 24, SoLPUF 2001:637).

finding-participants-missing = The information security officer or the lawyer/data protection officer is missing from the group
    .action = The project lead invites the missing roles to a follow-up, or has them review the answers afterwards, and documents their views.
    .help = The guidance recommends that the information security officer leads the workshop and that a lawyer or the data protection officer takes part (SKR's guidance section 2.7, GDPR art. 35.2).

finding-already-in-use = The service is already in use
    .action = Complete the assessment as soon as possible and consider meanwhile whether use should be limited, for example to data not under secrecy.
    .help = The assessment is to be made before the processing starts; if it is missing for ongoing processing, it must be made afterwards (GDPR art. 35, SKR's guidance section 1.2).

finding-dpia-required = Impact assessment required: at least two of IMY's criteria hold
    .action = The controller (the committee or the provider) makes an impact assessment under GDPR art. 35 before the service is put into use, with the data protection officer's advice. SKR's templates can be used.
    .help = According to IMY's list under art. 35.4, an impact assessment is required when at least two of nine criteria hold (checked November 2026). The answers below show which criteria hold.

finding-dpia-skipped = No impact assessment although at least two criteria hold
    .action = State in writing why the processing is not considered to result in a high risk, obtain the data protection officer's views and keep both with the assessment. Consider making an impact assessment anyway.
    .help = IMY accepts refraining only if the reasons are stated and documented and the data protection officer's views are included (IMY's list under art. 35.4, checked November 2026; SKR's guidance section 1.4).

finding-unsuitable-for-cloud = The information is judged unsuitable for a cloud service
    .action = Do not use the service for this information. The information owner decides whether use can be narrowed, for example to data not under secrecy, or whether another solution is to be chosen.
    .help = The mapping is to decide whether it is appropriate at all to handle the information in a cloud service (SKR's guidance section 2.5).

finding-free-text = The service has free-text fields
    .action = The system manager removes the free-text fields, or limits the number of characters if they really are needed, and users get written instructions not to write names or unnecessary sensitive data.
    .help = Free text puts names of other people and unnecessary sensitive data in the vendor's hands (SKR's guidance section 2.3, GDPR art. 5.1 c).

finding-legal-basis-unclear = It has not been established that the processing fits within the data protection rules for social services
    .action = A lawyer or the data protection officer checks the purposes and data against the GDPR, the Data Protection Act (2018:218), SoLPUL (2001:454) and SoLPUF (2001:637) and documents the conclusion.
    .help = Without a legal basis and defined purposes the processing is unlawful, however secure the service. PuL, on which the 2013 SKL memo builds, has not applied since 2018.

finding-who-how-where-unknown = It is unclear who handles the information, how and where
    .action = Ask the vendor to state in writing who can access the data (sub-processors and support included), how they are handled and in which countries. Wait with the decision until the statement is in.
    .help = Without this knowledge you cannot judge whether the disclosure is lawful or appropriate (SKR's guidance section 2.5).

finding-secrecy-not-assessed = The secrecy examination before handing data to the vendor has not been made
    .action = Before the service is used, a lawyer examines and documents whether the data may be handed to the vendor under OSL (2009:400) ch. 10 sec. 2 a (technical processing or storage, unless unsuitable).
    .help = The rule has applied since 1 July 2023 (prop. 2022/23:97) and requires an assessment of the circumstances of the case (checked November 2026).

finding-secrecy-beyond-technical = The vendor is to use the data for more than technical processing or storage
    .action = Narrow the contract so that the vendor only processes and stores the data technically for you, or have a lawyer examine whether there is another legal basis for the disclosure. If there is none, do not use the service for data under secrecy.
    .help = OSL ch. 10 sec. 2 a covers only technical processing and storage on the authority's behalf (prop. 2022/23:97, checked November 2026).

finding-secrecy-unsuitable = Handing the data to the vendor may be unsuitable
    .action = A lawyer and the information security officer go through the circumstances (foreign law, security, confidentiality, how sensitive the data are) and decide whether measures such as encryption with your own keys are enough, or whether the service must not be used for data under secrecy.
    .help = If the disclosure is unsuitable in the circumstances, the exception in OSL ch. 10 sec. 2 a does not apply. eSam (2018 and 2023) stresses that your own assessment is required (checked November 2026).

finding-cybersecurity-act = The service is not part of risk management under the Cybersecurity Act
    .action = The information security officer brings the service and the vendor into the municipality's risk management and supplier control under the Cybersecurity Act (2025:1506).
    .help = The act applies from 15 January 2026 and covers every municipality, with requirements on risk management and supply-chain security (checked November 2026).

finding-outdated-references = Your own documents refer to repealed rules or old names
    .action = Whoever maintains the procedures updates the references: the GDPR and the Data Protection Act (2018:218) instead of PuL, IMY instead of Datainspektionen, the Social Services Act (2025:400) instead of 2001:453, and the DPF or standard contractual clauses instead of Privacy Shield.
    .help = PuL was repealed in 2018, Datainspektionen changed its name on 1 January 2021, Privacy Shield was invalidated on 16 July 2020 and the new Social Services Act applies from 1 July 2025 (checked November 2026).

finding-unknown-subprocessors = The sub-processors are not fully known
    .action = Ask for a complete list of sub-processors with country and task, and for changes to be announced in advance.
    .help = The processor may not engage sub-processors without your authorisation, and you must know where the data are (GDPR art. 28.2, SKL memo checklist item 1).

finding-processing-outside-eu = The data are stored in the EU/EEA but processed or accessed outside it
    .action = Map with the vendor which processing and support take place outside the EU/EEA, make sure there is a basis for the transfer and that the contract limits access.
    .help = Both storage and processing are processing of personal data, and access from a third country is a transfer (GDPR art. 4.2 and 44, SKL memo checklist item 3).

finding-no-transfer-basis = No basis for the transfer to a third country
    .action = Do not use the service for personal data until there is a basis under GDPR ch. V (adequacy decision, DPF certification, standard contractual clauses 2021/914 or BCR), or require the data to stay in the EU/EEA.
    .help = A transfer without a basis breaches GDPR art. 44. Privacy Shield has not applied since 16 July 2020 (C-311/18).

finding-tia-missing = Transfer impact assessment (TIA) missing
    .action = Assess, preferably with material from the vendor, the law and practice of the recipient country and decide on supplementary measures, for example encryption where only you hold the keys.
    .help = EDPB Recommendations 01/2020 (version 2.0, June 2021) describe the steps. Standard contractual clauses are not enough if the recipient country's law prevents the protection (C-311/18).

finding-foreign-disclosure-law = Foreign law can compel disclosure of the data
    .action = Include the risk in the secrecy examination and the risk analysis. Consider encryption with your own keys, a vendor in the EU/EEA without owners outside the EU/EEA, or not putting data under secrecy in the service.
    .help = Such demands can come with a ban on informing the customer (SKR's guidance, introduction). This can make a disclosure unsuitable under OSL ch. 10 sec. 2 a.

finding-staff-confidentiality = It is unclear whether the vendor's staff have a criminally sanctioned duty of confidentiality
    .action = Ask the vendor to show which statutory, criminally sanctioned duty of confidentiality applies to the staff in the countries concerned, and write confidentiality into the contract. A contract does not replace criminal liability.
    .help = For data under secrecy, the duty of confidentiality should match the Swedish one in the Criminal Code ch. 20 sec. 3 (SKR's guidance section 2.6).

finding-us-no-dpf = US vendor without confirmed DPF certification
    .action = Check the vendor at dataprivacyframework.gov. Without certification, standard contractual clauses (2021/914), a transfer impact assessment and supplementary measures are required before personal data are transferred.
    .help = Decision 2023/1795 covers only self-certified organisations. The General Court upheld it on 3 September 2025 (T-553/23), but the judgment has been appealed (C-703/25 P) (checked November 2026).

finding-cloud-act = US vendor or owner: the data can be demanded under the CLOUD Act
    .action = A lawyer and the information security officer assess the risk in the secrecy examination and the impact assessment, also if the vendor is DPF-certified. Consider encryption with your own keys, or a vendor without US owners for data under secrecy.
    .help = The CLOUD Act (2018) lets US authorities demand data that US companies have in their possession or control, also in the EU. eSam (2018 and 2023) holds that neither the DPF nor OSL ch. 10 sec. 2 a is an unconditional green light (checked November 2026).

finding-uk-adequacy = United Kingdom: adequacy applies until 27 December 2031
    .action = Sign a data processing agreement with the UK party; standard contractual clauses are not needed while the decision holds. Name someone to monitor the decision and set a reminder before 27 December 2031.
    .help = Commission decisions 2021/1772 and 2021/1773 of 28 June 2021 were extended to 27 December 2025 and renewed on 19 December 2025 until 27 December 2031 (checked November 2026). The guidance's section on Brexit is out of date.

finding-classification-missing = The information has not been classified
    .action = The information owner classifies the information, for example in KLASSA 4.0, and the result is used as requirements in procurement and in the contract.
    .help = Without classification there is no basis for requirements on the vendor (SKR's guidance section 2.7).

finding-class-confidentiality-req = High confidentiality (level 3–4) brings requirements on protection against disclosure
    .action = Require strong authentication, access rights by need, encryption in transfer and storage (preferably with your own keys), access logging and that the data do not leave the EU/EEA without an examined basis. Take the requirements from KLASSA.
    .help = Level 3 (serious) or 4 (very serious) for confidentiality in KLASSA 4.0 brings stricter requirements.

finding-class-integrity-req = High integrity (level 3–4) brings requirements on correct data
    .action = Require protection against unauthorised changes, logging of changes with who and when, checks of data on transfer and procedures for correction. Take the requirements from KLASSA.
    .help = Level 3 (serious) or 4 (very serious) for integrity in KLASSA 4.0 brings stricter requirements.

finding-class-availability-req = High availability (level 3–4) brings requirements on operations and continuity
    .action = Require contracted availability with a sanction if it is not met, support during the service's working hours and backups that are tested. Draw up a continuity plan. Take the requirements from KLASSA.
    .help = Level 3 (serious) or 4 (very serious) for availability in KLASSA 4.0 brings stricter requirements.

finding-class-traceability-req = High traceability (level 3–4) brings requirements on logging
    .action = Require logging of all access and all changes, protected and retained logs that you can extract, and name someone to review them regularly. Take the requirements from KLASSA.
    .help = Level 3 (serious) or 4 (very serious) for traceability in KLASSA 4.0 brings stricter requirements.

finding-risk-analysis-missing = Risk and vulnerability analysis missing
    .action = The information security officer leads a risk and vulnerability analysis based on the classification: threats, likelihood, consequence and measures with an owner and a date.
    .help = The analysis becomes requirements on the vendor and internal measures (SKR's guidance section 2.7, GDPR art. 32, Cybersecurity Act 2025:1506).

finding-risk-unacceptable = A serious threat has a high likelihood
    .action = Decide on further measures that lower the likelihood or the consequence and redo the assessment. If the risk to the individuals is still high, prior consultation with IMY is required, or you refrain.
    .help = High likelihood and a serious consequence (level 3–4) mean a high risk (GDPR recital 76 and art. 36).

finding-incident-routine-missing = Procedure for reporting incidents missing
    .action = Agree how and how fast the vendor reports incidents, and set up an internal procedure so that personal data breaches can be notified to IMY within 72 hours.
    .help = GDPR art. 33. The Cybersecurity Act (2025:1506) may also require significant incidents to be reported (checked November 2026).

finding-supplier-follow-up-missing = No plan to follow up the vendor
    .action = The system owner plans a yearly follow-up of the vendor: sub-processors, locations, security, incidents and changed terms.
    .help = The controller's responsibility and the supply-chain security requirements of the Cybersecurity Act (2025:1506) apply for the whole contract period.

finding-unencrypted-transfer = The transfer is not confirmed to be encrypted
    .action = Require all traffic to be encrypted with a current version of TLS and check it before any data on individuals are entered in the service.
    .help = Sensitive data sent over open networks must be encrypted (GDPR art. 32, SKR's guidance introduction, SKL memo on secrecy and security).

finding-no-encryption-at-rest = Stored data are not confirmed to be encrypted
    .action = Require encryption of stored data and backups, and find out whether you can hold your own keys.
    .help = Encryption is named in GDPR art. 32 and is an important supplementary measure under EDPB Recommendations 01/2020.

finding-weak-auth-staff = Staff can log in over an open network without strong authentication
    .action = Require login with at least two factors (BankID, another e-ID, SITHS or a one-time code) and switch off password-only login.
    .help = Socialstyrelsen (2019) holds that social services should have the same protection as health care, where HSLF-FS 2016:40 requires strong authentication over open networks (SKR's guidance section 2.4).

finding-weak-auth-individuals = Individuals log in without strong authentication
    .action = Require BankID, another e-ID or a one-time code by SMS. If that is not possible, use the guidance's exception: switch off all history, issue IDs instead of names or personal identity numbers and make sure abandoned answers are deleted.
    .help = With a password only, anyone who knows it can act as the individual without it being noticed (SKR's guidance section 2.2).

finding-single-factor-exception = Individuals log in with a password under the guidance's exception
    .action = Document the exception in the assessment and check regularly that history stays switched off and that only social services can link an ID to a person.
    .help = The data are still personal data, but pseudonymised (GDPR art. 4.5, SKR's guidance section 2.2).

finding-individual-device-copies = Data can remain on the individual's computer or phone
    .action = Require the service not to keep data locally after the transfer, and tell the individuals how to log out and clear their data.
    .help = Others in the household can reach a shared computer or phone (SKR's guidance section 2.2).

finding-no-access-control = Access rights cannot be limited by need
    .action = Require access rights that can be limited per role, unit or case; otherwise limit which data are put in the service.
    .help = Access must be limited to those who need the data in their work (GDPR art. 5.1 f and 32, KLASSA 4.0).

finding-no-access-logging = Access is not logged, or you cannot read the logs
    .action = Require logging of all access to data on individuals, that you can read the logs, and a procedure for reviewing them regularly.
    .help = For data under secrecy and sensitive data it is normally required that you can follow up who has had access (SKL memo, secrecy and security, and checklist item 6).

finding-offline-devices = Lent devices are not protected well enough
    .action = Set up the devices so that data are stored encrypted, the app locks on inactivity and everything is deleted after the transfer, and write a procedure for lending and return.
    .help = SKR's guidance section 2.2 describes how offline recording can be done.

finding-no-backup = Backups are missing or untested
    .action = Require backups that you can get back, and test a restore before the service is put into use.
    .help = GDPR art. 32.1 c requires the ability to restore the data after an incident; simple cloud services often lack backups (SKL memo).

finding-no-continuity-plan = No continuity plan despite high availability requirements
    .action = The head of the service draws up and exercises a continuity plan for shorter and longer outages, including how the data are brought back if the vendor goes out of business.
    .help = Availability at level 3 or 4 in KLASSA means serious consequences of an outage (SKR's guidance section 2.7).

finding-click-through-not-saved = The click-through terms have not been saved
    .action = Save the terms with the date and a screenshot of the acceptance, and watch for changes in the terms.
    .help = SKR's guidance section 2.8 recommends saving click-through agreements this way.

finding-click-through-sensitive = Click-through agreement for sensitive data or data under secrecy
    .action = Do not use the service for sensitive data or data under secrecy on a click-through agreement. Procure or negotiate a contract with a data processing agreement and the requirements the classification brings.
    .help = Standard contracts that cannot be influenced should only be used for information that is neither sensitive nor critical (SKL memo, standard contracts).

finding-no-dpa = No data processing agreement
    .action = Sign a data processing agreement, preferably following SKR's template or the Commission's clauses (2021/915), before any personal data are entered in the service.
    .help = GDPR art. 28.3 requires a written agreement when someone processes personal data on your behalf.

finding-dpa-incomplete = The data processing agreement lacks parts that article 28 requires
    .action = A lawyer or the data protection officer compares the agreement with GDPR art. 28.3 and asks for additions, for example following SKR's template.
    .help = Standard terms often lack instructions, rules on sub-processors, deletion when the agreement ends or a right to audit.

finding-scc-outdated = No valid standard contractual clauses
    .action = Sign the 2021 standard contractual clauses (2021/914) with the right module, usually module 2, and make a transfer impact assessment.
    .help = The older clauses could be used at the latest until 27 December 2022 (decision 2021/914 art. 4).

finding-subprocessor-control = You cannot influence the vendor's choice of sub-processors
    .action = Require in the contract that new sub-processors are announced in advance with a right for you to object, and that sub-processors are bound by the same terms.
    .help = GDPR art. 28.2 and 28.4.

finding-location-not-in-contract = The contract does not state where the data are
    .action = Write into the contract where the data are stored, processed and accessed from, and that they may not be moved without your approval.
    .help = SKL memo checklist items 2–3, GDPR art. 28.3 a.

finding-vendor-own-use = The vendor may use the data for its own purposes
    .action = Require the contract to state that you own the information and that the vendor may process it only on your instructions, not for its own purposes.
    .help = A processor that sets its own purposes becomes the controller for that processing (GDPR art. 28.10), and it may be an unlawful disclosure under OSL.

finding-no-exit-terms = No terms for when the contract ends
    .action = Write in how the data are returned (format and time) and that they are deleted, backups included, with written confirmation.
    .help = GDPR art. 28.3 g, SKL memo checklist item 5.

finding-routines-missing = No procedures and roles for the service
    .action = The system manager draws up procedures for responsibilities, account management and use, and informs the users.
    .help = SKR's guidance section 2.8.

finding-only-copy = The cloud service is the only place of storage and the backups are untested
    .action = Make sure the documents are backed up and can be restored, or are transferred to the case management system or an e-archive.
    .help = Outages or changes in the service must not cause official documents to be lost (SKL memo, handling official documents).

finding-public-access-hard = Documents cannot be retrieved promptly
    .action = Make sure you can search for and extract data from the service yourselves, and describe how in a procedure for disclosure.
    .help = Official documents must be disclosed promptly (Freedom of the Press Act ch. 2, OSL ch. 4–6).

finding-no-deletion = Data cannot be disposed of
    .action = Require the service to be able to delete data completely, backups included, according to the committee's disposal decisions; otherwise limit what is put in the service.
    .help = Data to be disposed of must be removable, and personal data may not be kept longer than necessary (GDPR art. 5.1 e, SKL memo).

finding-no-archive-export = Archive export is not possible
    .action = Require export in an open and durable format, and test an archive export to your e-archive before the service is put into use.
    .help = Documents to be preserved must be archivable (Archives Act 1990:782, SKL memo).

finding-documentation-outside-record = It is unclear what is to be entered in the individual's case file
    .action = The head of the service decides which data from the service are to be documented in the case file and writes it into the procedure.
    .help = Documentation in social services cases is governed by SOSFS 2014:5 (checked November 2026).

finding-prior-consultation = A high risk remains: prior consultation with IMY required
    .action = The controller requests prior consultation with IMY before the processing starts, or refrains from the service.
    .help = GDPR art. 36. IMY was called Datainspektionen when the guidance was written.

finding-approved-despite-high-risk = The recommendation is to use the service although a high risk remains
    .action = Change the recommendation: the service may not be used until IMY has given its opinion after prior consultation, or further measures have lowered the risk.
    .help = Processing with a remaining high risk may not start without prior consultation (GDPR art. 36.1).

finding-risk-unclear = It is unclear whether a high risk remains
    .action = Complete the risk and impact assessment so that the group can take a position before the decision.
    .help = Whether a high risk remains decides whether prior consultation is required (GDPR art. 36).

finding-dpo-not-heard = The data protection officer's views are missing
    .action = Send the assessment to the data protection officer and document the views before the decision.
    .help = GDPR art. 35.2 and 39.1 c.

## Contradictions (reported by molnkoll check)

contradiction-no-personal-data-but-sensitive = The answers say that no personal data are processed, but also that sensitive personal data are processed.
contradiction-no-personal-data-but-children = The answers say that no personal data are processed, but also that the data concern children or people in a vulnerable position.
contradiction-children-not-vulnerable = The data concern children, but the criterion on people in a vulnerable position is answered no. Children always count as vulnerable data subjects.
contradiction-click-through-but-negotiated-dpa = The agreement is a click-through agreement, but the data processing agreement is said to follow SKR's template. A click-through agreement can rarely be negotiated; check which agreement actually applies.
