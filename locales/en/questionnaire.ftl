### molnkoll: the questionnaire's texts in English (a translation of the Swedish primary text), version 2, part A.
### Part A: the section titles, shared options and levels, the assessment, the impact assessment
### screening, mapping, information sets and classification, law and secrecy, children and
### protected personal data, recipients and transfers, the United Kingdom, derived values, their
### findings and the contradictions. The structure is in molnkoll.ron. The facts were checked in
### November 2026 (content_as_of 2026-11-27).

## Sections

section-assessment = The assessment
section-dpia = Is an impact assessment needed?
section-mapping = Mapping the service and its use
section-classification = Information sets and classification
section-legal = Law and secrecy
section-children = Children and people with protected personal data
section-transfer = Recipients and transfers to third countries
section-uk = The United Kingdom
section-security = Safeguards the classification calls for
section-risk = Risk register: risks to the individuals
section-dpia-proper = The impact assessment
section-contracts = Contracts and documentation
section-records = Public records, disposal and archives
section-overall = Overall assessment and decision

## Shared options

option-sweden = Sweden
option-eu-eea = Another EU/EEA country
option-uk = United Kingdom
option-usa = USA
option-adequate-other = Another country with adequacy (e.g. Switzerland, Japan)
option-other = Another country outside the EU/EEA, without an adequacy decision
option-none = No country

option-fulfilled = Fulfilled
option-partly = Partly fulfilled
option-not-fulfilled = Not fulfilled

option-system-manager = System manager
option-information-owner = Information owner
option-it-architect = IT architect
option-security-officer = Information security officer
option-lawyer-dpo = Lawyer or data protection officer
option-archivist = Archivist
option-procurement = Procurement officer

## KLASSA 4.0's consequence levels (the program puts the digit in front)

level-0 = negligible
level-1 = moderate
level-2 = substantial
level-3 = serious
level-4 = very serious

## 1. The assessment

assessment-service-name = What is the cloud service called?
    .label = Service
    .help = The name, preferably with version or module, makes the assessment easy to find and follow up. An assessment covers one service used in one way: if you change service or change how it is used, the assessment must be redone. Do not write personal data here.
    .ref = SKR's guidance for social services on cloud services (2020), introduction

assessment-vendor-name = Which company provides the service?
    .label = Vendor
    .help = Give the company you sign the contract with; it is usually your processor. Where the company, its group, its subprocessors and its support are located is asked later, one recipient at a time, because it decides which countries' laws reach the data.
    .ref = GDPR art. 4.8 and 28 · SKL memo Använd molntjänster på rätt sätt (2013)

assessment-purpose = What will the service be used for? Describe briefly.
    .label = Purpose
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
    .label = Stage
    .help = As a rule the assessment is made before any data are processed in the service, preferably before procurement so that the requirements go into the tender documents. If the service is already in use, make the assessment now: serious gaps may call for limiting the use at once. It must also be redone when the risk changes.
    .ref = GDPR art. 35.1 and 35.11 · SKR's guidance (2020) section 1.2
assessment-stage--planning = We are considering the service
assessment-stage--procurement = We are procuring or buying the service
assessment-stage--in-use = The service is already in use

assessment-client-data = Will the service hold data about social services' individuals, that is clients, service users or their relatives?
    .help = The answer decides which questions are asked. A service for, say, staff scheduling, personnel administration or booking meetings without cases holds no client data, and the questions on the Social Services Act and SoLPUL then become not applicable instead of forcing a yes. Count free text, attachments and logs: if a client's name can ever end up there, answer yes.
    .ref = OSL (2009:400) ch. 26 s. 1 · SoLPUL (2001:454) s. 2

assessment-controller = Who is the controller for the processing in the service?
    .label = Controller
    .help = The controller decides why and how the data are processed and is responsible, also for what the vendor does. For the social services' own work it is the social welfare committee (or equivalent committee), and for a private provider the provider itself, under the ordinance (2001:637) on the processing of personal data in social services. For a service without client data, such as a scheduling or personnel system, it is usually the committee that the municipality's rules make responsible for that work, for example the municipal executive board or a personnel committee.
    .ref = GDPR art. 4.7 and 24 · SoLPUF (2001:637) · Local Government Act (2017:725) ch. 6 · SKR's guidance (2020) section 1
assessment-controller--committee = The social welfare committee (or its equivalent)
assessment-controller--other-committee = Another committee, e.g. the executive board or personnel
assessment-controller--private-provider = A private provider
assessment-controller--unclear = It is unclear

assessment-participants = Which roles take part in the assessment?
    .label = Participants
    .help = A good assessment needs knowledge of the service, the technology and the law. The guidance recommends a workshop with the system manager, the information owner (someone who can decide on choices), users from different parts of the service, an IT architect, the information security officer and a lawyer or the data protection officer; an archivist and a procurement officer are needed for disposal, archiving and procurement requirements. These roles are the ones the report's actions are addressed to, so note who is to be asked afterwards if a role is missing.
    .ref = SKR's guidance (2020) section 2.7 · GDPR art. 35.2
assessment-participants--users = Users from the service

## 2. Is an impact assessment needed?

dpia-evaluation = Does the service evaluate or score people, for example through profiling or predictions of behaviour?
    .label = evaluation or scoring
    .help = This is the first of nine criteria in IMY's list of when an impact assessment is required; if at least two hold, one is required as a rule. Examples are risk assessment instruments, rating scales that compute a score and features that predict needs. The guidance refers to Datainspektionen, which since 1 January 2021 is called the Swedish Authority for Privacy Protection (IMY).
    .ref = GDPR art. 35.1 and 35.4 · IMY's list under art. 35.4 (Datainspektionen, January 2019; checked November 2026) · SKR's guidance (2020) section 1.4

dpia-automated-decisions = Does the service make automated decisions with legal or similarly significant effect on the individual?
    .label = automated decisions
    .help = Automated decisions with legal effect, for example on whether someone is granted assistance, or with a similarly significant effect are one of IMY's criteria. A tool that only gives the case officer material does not count here, but may be scoring (the previous question). Individuals also have particular rights when decisions are made fully automatically.
    .ref = GDPR art. 22 and 35.3 a · IMY's list under art. 35.4 · SKR's guidance (2020) section 1.4

dpia-monitoring = Is the service used to systematically monitor, observe or control the individuals or the staff?
    .label = systematic monitoring
    .help = Systematic monitoring is one of IMY's criteria. Examples are location tracking, sensors or cameras in the home, continuous recording of how someone uses an app and following up staff's work. Monitoring is particularly intrusive when those monitored do not notice it or cannot opt out.
    .ref = GDPR art. 35.3 c · IMY's list under art. 35.4 · SKR's guidance (2020) section 1.4

dpia-sensitive = Are sensitive personal data or data of a highly personal nature processed?
    .label = sensitive or highly personal data
    .help = Sensitive personal data include data on health, ethnic origin, religion and sex life. Data of a highly personal nature also include much of what social services hold, such as substance abuse, financial assistance, domestic violence and offences. It is one of IMY's criteria, and in social services the answer is almost always yes.
    .ref = GDPR art. 9 and 10 · IMY's list under art. 35.4 · SKR's guidance (2020) section 1.4

dpia-large-scale = Is the processing on a large scale?
    .label = large scale
    .help = Scale is judged by how many people are concerned, how much data is involved, how long the processing lasts and how wide a geographical area it covers. A service for all clients of a municipality, or for several municipalities, is often large scale. It is one of IMY's criteria.
    .ref = GDPR art. 35.3 b and recital 91 · IMY's list under art. 35.4 · SKR's guidance (2020) section 1.4

dpia-combining = Are data from different systems or sources matched or combined?
    .label = matched or combined data
    .help = Matching or combining data from different systems or purposes, in a way the individual would not expect, is one of IMY's criteria. An example is a service that fetches data from the case management system and combines them with its own. The criterion is not in the guidance's table, but it is in IMY's list.
    .ref = IMY's list under art. 35.4 (checked November 2026)

dpia-vulnerable = Do the data concern people in a vulnerable position, such as children, older people, people with disabilities, others who depend on social services, or employees?
    .label = vulnerable data subjects
    .help = Someone in a weaker or dependent position finds it harder to defend their rights. It is one of IMY's criteria, and in social services it almost always holds; children always count. Employees count too, since they depend on their employer, so answer yes also for a service with staff data.
    .ref = GDPR recital 75 · IMY's list under art. 35.4 · Article 29 Working Party guidelines on DPIA, WP 248 rev.01 (2017), criterion 7 · IMY's web page Konsekvensbedömning, section Arbetsliv (checked November 2026)

dpia-innovative = Is new or innovative technology used, for example AI, speech recognition or new ways of organising the work?
    .label = innovative technology
    .help = New technology can bring risks nobody knows yet. An AI assistant in the cloud, automatic transcription of conversations and sensors in the home are examples. It is one of IMY's criteria.
    .ref = GDPR art. 35.1 · IMY's list under art. 35.4 · SKR's guidance (2020) section 1.4

dpia-blocks-right = Can the processing prevent someone from exercising a right or getting a service or intervention?
    .label = blocks a right or a service
    .help = If the service decides who gets access to an intervention, or if support can only be obtained through the service, that is one of IMY's criteria. Think of people without a computer, a mobile phone or an e-ID, for example many children and young people.
    .ref = IMY's list under art. 35.4 (checked November 2026)

dpia-decision = How will you handle the impact assessment?
    .label = The DPIA
    .help = If two or more of IMY's criteria hold, an impact assessment must as a rule be made before the processing starts. If you make it here, the section The impact assessment becomes part of this assessment (description, purpose, necessity and proportionality, the data subjects' views and the data protection officer's advice), and the risk register serves as its risk assessment. If it has already been made separately, refer to it in a note; if you leave this question open while the criteria call for an assessment, the section is shown anyway.
    .ref = GDPR art. 35.1, 35.2 and 35.7 · IMY's list under art. 35.4 (checked November 2026) · SKR's guidance (2020) sections 1.1–1.3
dpia-decision--done = It has already been made, separately from this assessment
dpia-decision--planned = We make it here, as part of this assessment
dpia-decision--not-needed = We consider that none is needed

dpia-skip-documented = Have you stated in writing why no impact assessment is needed?
    .help = Even when two or more criteria hold, the controller may conclude that the processing is unlikely to result in a high risk. The reasons must then be stated and documented; without documentation you cannot show that the assessment was made.
    .ref = GDPR art. 5.2 and 35 · IMY's list under art. 35.4 (checked November 2026) · SKR's guidance (2020) section 1.4

dpia-skip-dpo = Have the data protection officer's views on the decision been obtained and documented?
    .help = When you refrain from an impact assessment although the criteria point to one, the data protection officer's views must be part of the documentation. All public authorities, municipal committees included, must have a data protection officer.
    .ref = GDPR art. 35.2 and 37–39 · IMY's list under art. 35.4 (checked November 2026)

## 3. Mapping

mapping-personal-data = Will personal data be processed in the service?
    .help = All data that can be linked directly or indirectly to a living person are personal data, also pseudonymised data such as an alias or a case number, and also staff's logins and logs. So the answer is almost always yes. If you answer no, check free-text fields, attachments and logs in particular.
    .ref = GDPR art. 4.1 and recital 26 · SKR's guidance (2020) section 2.5

mapping-children = Do the data concern children, or will children use the service themselves?
    .help = Children are entitled to particular protection of their personal data, information for children must be easy to understand, and secrecy may apply even towards the guardian. Children and young people often lack BankID or a phone of their own, which affects how logging in can be arranged. If you answer yes, the section on children asks about this.
    .ref = GDPR art. 12.1 and recitals 38 and 58 · OSL (2009:400) ch. 12 s. 3 · Act (2018:1197) on the UN Convention on the Rights of the Child · SKR's guidance (2020) section 2.2

mapping-individuals-use = Will individuals (clients, service users) log in to the service themselves, for example for self-assessment?
    .help = When individuals use the service over the internet, there are requirements on how they log in and on no data remaining on their computer or phone. If you answer yes, the safeguards section asks about it.
    .ref = SKR's guidance (2020) section 2.2

mapping-free-text = Does the service have free-text fields where staff or individuals can write anything?
    .help = In free text people easily write names of others and sensitive data that are not needed. These end up with the vendor and are hard to clean out, for example when data are compiled or disposed of. The guidance therefore advises against free-text fields and suggests yes/no questions or fixed options.
    .ref = GDPR art. 5.1 c and 25 · SKR's guidance (2020) section 2.3

mapping-free-text-limited = What do you do with the free-text fields?
    .help = Removing the free-text fields is best. If they are really needed, limit the number of characters and give users clear instructions on what must not be written.
    .ref = GDPR art. 25 · SKR's guidance (2020) section 2.3
mapping-free-text-limited--removed = They are removed or switched off
mapping-free-text-limited--limited = They remain, with a character limit and instructions
mapping-free-text-limited--kept = They remain as they are

mapping-offline-use = Will data be entered without a connection, for example on a tablet or phone lent to the individual?
    .help = Not everyone has a computer, phone or internet. The guidance describes how social services can lend a device on which the individual fills in data offline, and how the data are then transferred to the service. This brings its own requirements on encryption and wiping of the device.
    .ref = SKR's guidance (2020) section 2.2

mapping-suitable = After the mapping, do you consider the information suitable for a cloud service at all?
    .help = For some information the conclusion is that it should not be handled in a cloud service at all, or only in a certain kind of service. SKR recommends a careful risk analysis especially for sensitive information under secrecy in services controlled by owners in another country. If you answer no here, or change your mind after the classification, it becomes a serious finding.
    .ref = SKR's guidance (2020) section 2.5 · SKR's position on information handling in cloud services

## 4. Information sets and classification

class-method = With which method is the information classified?
    .help = The classification shows what protection the information needs and decides which safeguards are asked for later. Here each information set is classified with SKR's KLASSA 4.0 (published 27 June 2024): confidentiality, integrity, availability and traceability on the consequence levels 0–4. The guidance (2020) describes an older model with levels 1–4; KLASSA builds on the method support from MSB, which since 1 January 2026 is called the Swedish Agency for Civil Defence (MCF).
    .ref = KLASSA 4.0 (SKR, 27 June 2024) · SKR's guidance (2020) section 2.7 (checked November 2026)
class-method--klassa = With KLASSA 4.0, in KLASSA or here with the same levels
class-method--other-method = With another method, whose levels we have translated into KLASSA's
class-method--none-yet = The information is not classified yet

infosets = Which information sets will the service hold?
    .help = Add an information set for each kind of information in the service, for example login data, self-assessment answers, free text and attachments, logs and staff data. Each set is classified on its own under KLASSA 4.0, and the service's level for each aspect is the highest level among its sets; that level decides which safeguards are required. Splitting the information up also shows where the sensitive data are and whether they can be kept out of the service.
    .hint = Do not forget logs and login data: they are information sets too.
    .ref = KLASSA 4.0 (SKR, 27 June 2024) · GDPR art. 30.1 c and 32
    .item = information set

set-categories = What kinds of data does the information set hold?
    .help = Choose everything that may occur, including what ends up here only now and then. Sensitive personal data (art. 9; data on substance abuse and addiction usually count as health data), data on offences (art. 10) and protected personal data decide which questions and findings follow. Protected population registration (skyddad folkbokföring) replaced kvarskrivning on 1 January 2019.
    .ref = GDPR art. 4.1, 9 and 10 · Data Protection Act (2018:218) ch. 3 · Population Registration Act (1991:481) s. 16 · OSL (2009:400) ch. 22 s. 1
set-categories--identity = Names and other identity data
set-categories--personnummer = Personal identity or coordination numbers
set-categories--contact = Contact details (address, phone, e-mail)
set-categories--case-records = Data from cases, investigations and notes
set-categories--self-assessment = Self-assessments and survey answers
set-categories--health = Health (sensitive data, art. 9)
set-categories--substance-use = Substance abuse or addiction (sensitive data, art. 9)
set-categories--other-art9 = Other sensitive data, art. 9 (e.g. ethnic origin, religion)
set-categories--offences = Offences (art. 10)
set-categories--protected-identity = Protected personal data (protected registration, marking)
set-categories--finances = Finances and financial assistance
set-categories--family-relations = Family circumstances and domestic violence
set-categories--staff = Staff data
set-categories--logs = Logs and technical data on use
set-categories--no-personal-data = No personal data

set-subjects = Whom do the data in the information set concern?
    .help = The answer shows whose privacy is at stake. Children are entitled to particular protection, relatives and others around a client often appear in social services' notes without being clients themselves, and employees depend on their employer.
    .ref = GDPR recitals 38 and 75 · IMY's list under art. 35.4
set-subjects--clients-adults = Adult clients or service users
set-subjects--children = Children (under 18)
set-subjects--relatives = Relatives and others close to the client
set-subjects--staff = Staff
set-subjects--others = Others, e.g. foster homes, contractors or reporters

set-secrecy = Which secrecy applies to the data in the information set?
    .help = Data on individuals' personal circumstances in social services are under strong secrecy: it applies unless it is clear that the data can be disclosed without harm to the individual or someone close to them. If you answer that secrecy applies, or that you do not know yet, questions on disclosure to the vendor follow. The guidance gives the Act the wrong year (2019:400); the right one is 2009:400.
    .hint = Choose the strongest secrecy that applies to the set.
    .ref = OSL (2009:400) ch. 21, ch. 25 s. 1, ch. 26 s. 1 and ch. 39 · SKR's guidance (2020) section 2.5
set-secrecy--none = No secrecy
set-secrecy--osl-26 = Social services secrecy (OSL ch. 26)
set-secrecy--osl-25 = Health care secrecy (OSL ch. 25)
set-secrecy--osl-21 = Secrecy in any activity (OSL ch. 21), e.g. protected address
set-secrecy--other = Other secrecy, for example in staff welfare services (OSL ch. 39)

set-confidentiality = Confidentiality (protection against unauthorised access): how serious is the harm if the data in the set reach someone not entitled to them?
    .help = Judge the worst reasonable consequence for the individuals, the service and the municipality on KLASSA 4.0's levels. Data on social services' clients typically come out at level 3 (serious), since disclosure can seriously harm the individual's rights, health or safety. Level 4 (very serious) is for exceptional cases: KLASSA gives neither measures nor procurement requirements for it, and SKR recommends a separate analysis of the protection need.
    .hint = Client data: typically 3. Level 4 needs a separate analysis.
    .ref = KLASSA 4.0 (SKR, 27 June 2024), confidentiality · GDPR art. 32 (checked November 2026)

set-integrity = Integrity: how serious is the harm if the data in the set are wrong, incomplete or changed by someone not entitled to?
    .help = Decisions on individuals rely on the data being right. Judge the consequence if a self-assessment, an assessment or a note becomes wrong or is changed without anyone noticing, for example so that a child's need for protection does not show. Level 4 needs a separate analysis, since KLASSA gives no measures for it.
    .ref = KLASSA 4.0 (SKR, 27 June 2024), integrity · GDPR art. 5.1 d and 32

set-availability = Availability: how serious is the harm if the data in the set cannot be reached when needed?
    .help = Think of short outages (hours) and long ones (days, or the vendor going out of business). If case officers cannot reach the data when a child needs protection the consequence is serious; a survey feature that can wait a day is lower. Level 4 needs a separate analysis, since KLASSA gives no measures for it.
    .ref = KLASSA 4.0 (SKR, 27 June 2024), availability · GDPR art. 32.1 b and c

set-traceability = Traceability: how serious is the harm if you cannot see afterwards who read or changed the data in the set?
    .help = Traceability is needed to detect and investigate unauthorised access and to show who changed something. KLASSA includes traceability precisely because it matters when personal data are involved, and for data under secrecy you almost always need to be able to follow up access. Level 4 needs a separate analysis, since KLASSA gives no measures for it.
    .ref = KLASSA 4.0 (SKR, 27 June 2024), traceability · GDPR art. 5.2 and 32

condition-dpia-criteria = A DPIA is required by IMY's criteria
derived-service-confidentiality = The service's confidentiality (the highest level among the information sets)
    .label = Confidentiality
derived-service-integrity = The service's integrity (the highest level among the information sets)
    .label = Integrity
derived-service-availability = The service's availability (the highest level among the information sets)
    .label = Availability
derived-service-traceability = The service's traceability (the highest level among the information sets)
    .label = Traceability
derived-risk-count = Number of risks in the risk register

## 5. Law and secrecy

legal-activity-law = Under which acts is the work that will use the service carried out?
    .help = The acts governing the work decide which secrecy, documentation requirements and disposal rules apply. A new Social Services Act (2025:400) has applied since 1 July 2025; the previous one was 2001:453, which the guidance misprints as 2001:43 (checked November 2026). Answer not applicable if the service is not used in social services' work with individuals.
    .ref = Social Services Act (2025:400) · LSS (1993:387) · LVU (1990:52) · LVM (1988:870)
legal-activity-law--sol = The Social Services Act (2025:400)
legal-activity-law--lss = LSS (1993:387)
legal-activity-law--lvu = LVU (1990:52)
legal-activity-law--lvm = LVM (1988:870)
legal-activity-law--other = Another act

legal-solpul = Have you checked that the processing fits within the data protection rules for social services?
    .help = Personal data in social services are processed under the General Data Protection Regulation (GDPR), the Data Protection Act (2018:218) with its ordinance (2018:219), and the act (2001:454) and ordinance (2001:637) on the processing of personal data in social services (SoLPUL and SoLPUF). The Personal Data Act (PuL), on which SKL's 2013 memo is based, was repealed in 2018. Check that the purposes and the data fit within the rules; answer not applicable if the service processes no data within social services (checked November 2026).
    .ref = GDPR art. 6 and 9 · Data Protection Act (2018:218) · ordinance (2018:219) · SoLPUL (2001:454) · SoLPUF (2001:637)

legal-who-how-where = Do you know who at the vendor handles the information, how it is handled and where it is geographically?
    .help = To decide whether it is lawful and suitable to use the vendor you must know who can reach the data (including subprocessors, support and operations), how they are handled and in which countries they are stored, processed and accessed from. Without that, neither the secrecy assessment nor the assessment of third-country transfers can be made; the recipients are listed one by one further on.
    .ref = SKR's guidance (2020) section 2.5 · GDPR art. 28.1 and 28.2

legal-gdpr-basis = Have you set out the legal basis of the processing under GDPR art. 6, and for sensitive data the exception under art. 9?
    .help = All processing of personal data needs a legal basis. In social services it is as a rule a task in the public interest or the exercise of official authority and a legal obligation, resting on SoL and SoLPUL; for staff, as a rule, the employment contract and employment law. Write the basis in the note; it belongs in the record of processing too.
    .ref = GDPR art. 6.1 and 9.2 · Data Protection Act (2018:218) ch. 2 s. 1–2 and ch. 3 s. 3

legal-register-entry = Is the processing in the controller's record of processing activities, or will it be entered before the service is used?
    .help = Each committee must keep a record of its processing of personal data with, among other things, purposes, categories of data subjects and data, recipients, third-country transfers, time limits for erasure and security measures. Much of what this assessment produces belongs there, and the data protection officer usually knows where the record is kept.
    .ref = GDPR art. 30.1

legal-secrecy-assessed = Have you assessed whether the data under secrecy may be handed to the vendor and the other recipients?
    .help = The vendor's access to the data can be a disclosure that must be compatible with secrecy. Since 1 July 2023, OSL ch. 10 s. 2 a lets an authority hand data to someone who only technically processes or stores them for the authority, unless that is unsuitable in the circumstances (Government bill 2022/23:97); the rule did not exist when the guidance was written. The assessment must be made and documented before the service is used; for a private provider the statutory duty of confidentiality applies instead.
    .ref = OSL (2009:400) ch. 10 s. 2 a and ch. 26 s. 1 · Government bill 2022/23:97 (checked November 2026) · SKR's guidance (2020) section 2.5

legal-technical-only = Will the vendor and its subprocessors handle the data only for technical processing or storage on your behalf?
    .help = The rule in OSL ch. 10 s. 2 a and the duty of confidentiality in Act (2020:914) apply only when the vendor handles the data technically for you, for example stores them or runs the system. If the vendor is to use the content for its own purposes, such as analysis, statistics, product development or training AI models, the rule is not enough.
    .ref = OSL (2009:400) ch. 10 s. 2 a · Government bill 2022/23:97 · Act (2020:914) on confidentiality when outsourcing technical processing or storage of data (checked November 2026)

legal-unsuitable = Are there circumstances that make it unsuitable to hand the data to the vendor?
    .help = Even technical processing and storage is not allowed if it is unsuitable in the circumstances, for example when a recipient can be compelled to hand data to a foreign authority, security is weak, staff lack a criminally sanctioned duty of confidentiality or the data are particularly sensitive. eSam found in 2018 that data may count as disclosed when made technically available to a vendor with a foreign duty to hand them over, and its 2023 memo says that neither the new secrecy rule nor the EU–US Data Privacy Framework is an unconditional green light. Your own assessment is required.
    .ref = OSL (2009:400) ch. 10 s. 2 a · Government bill 2022/23:97 · eSam, legal statement on disclosure and cloud services (2018) · eSam, memo Adekvansbeslut och ny sekretessbrytande bestämmelse (2023) (checked November 2026)

legal-cybersecurity = Are the service and the vendor part of the municipality's risk management and supplier control under the Cybersecurity Act?
    .help = The Cybersecurity Act (2025:1506), which implements the EU's NIS2 directive, applies from 15 January 2026 and covers every municipality. It requires, among other things, risk management, incident reporting and supply-chain security, also for cloud services; the act did not exist when the guidance was written. Whether a private provider is covered depends on its activity, so check with your lawyer (checked November 2026).
    .ref = Cybersecurity Act (2025:1506) · Cybersecurity Ordinance (2025:1507) · Directive (EU) 2022/2555

legal-outdated-docs = Do your own routines, templates or contracts still refer to PuL, Datainspektionen, Privacy Shield, MSB or the old Social Services Act?
    .help = Much has changed since the guidance was written: PuL was repealed in 2018, Datainspektionen has been called the Swedish Authority for Privacy Protection (IMY) since 1 January 2021, Privacy Shield was invalidated by the Court of Justice on 16 July 2020, a new Social Services Act (2025:400) has applied since 1 July 2025 and MSB has been the Swedish Agency for Civil Defence (MCF) since 1 January 2026 (checked November 2026). Old references can lead to wrong assessments.
    .ref = Data Protection Act (2018:218) · Court of Justice C-311/18 (Schrems II) · Social Services Act (2025:400)

## 6. Children and people with protected personal data

children-information = Do the children get information about the processing in a form a child understands?
    .help = Data subjects must be told who processes the data, why, for how long and what rights they have. Information addressed to children must be so clear and simple that a child understands it, for example a short text, pictures or a film suited to their age. The guidance did not raise this separately.
    .ref = GDPR art. 12.1, 13 and 14 and recital 58

children-guardian-secrecy = Can the service keep a child's data secret from the guardian when secrecy requires it?
    .help = Secrecy protecting a child can apply even towards the guardian, for example when the child can be assumed to suffer considerable harm if the data are given to the guardian. The service must then reveal nothing to the guardian: no messages or reminders to the guardian's phone or e-mail, no login or access through the guardian and no letters home that reveal the contact. Answer no if you cannot control this child by child.
    .ref = OSL (2009:400) ch. 12 s. 3 · Children and Parents Code ch. 6 s. 11

children-alternative-login = Can children and young people without BankID or a phone of their own log in another secure way?
    .help = There is no common age limit for BankID: it varies between banks, and anyone under 18 needs the guardian's consent, which does not work when the contact with social services must be kept from the guardian. Freja eID needs the guardian's consent under 13. One alternative is social services' own exception with issued IDs and history switched off, which the login questions cover (checked November 2026).
    .ref = BankID, questions on ordering · DIGG, Trust framework for Swedish e-identification, annex B · Freja eID FAQ (checked November 2026) · SKR's guidance (2020) section 2.2

protected-identity-care = Are data on people with protected personal data handled with particular care in the service?
    .help = For someone with protected population registration or a secrecy marking, a revealed home can be a matter of life and death. Check that address and town are not shown or passed on, that only those who must can see the person, that letters and notifications do not reveal where the person is and that addresses the service fetches from other systems are not shown for people under protection. The secrecy marking is a warning sign that a careful secrecy assessment is needed, not absolute protection.
    .ref = Population Registration Act (1991:481) s. 16 · OSL (2009:400) ch. 21 and ch. 22 s. 1 · Swedish Tax Agency's legal guidance on secrecy marking

## 7. Recipients and transfers to third countries

transfer-subprocessors-known = Has the vendor disclosed which subprocessors handle the data?
    .help = The vendor must be able to name and answer for its subprocessors and may only engage them with your approval; each subprocessor must have the same obligations as the vendor. Unknown subprocessors mean that you do not know where the data are or who can reach them. Each known subprocessor is then added as a recipient below.
    .ref = GDPR art. 28.2 and 28.4 · SKL memo Använd molntjänster på rätt sätt (2013), checklist item 1
transfer-subprocessors-known--none-used = No subprocessors are used
transfer-subprocessors-known--listed = Yes, a complete list
transfer-subprocessors-known--partly = Partly
transfer-subprocessors-known--unknown = No, they are unknown

recipients = Which recipients can reach the data?
    .label = Recipients and transfers
    .help = Add a recipient for each party that stores, processes or can reach the data: the vendor, each subprocessor, support and operations. A seat or parent company outside the EU/EEA is not by itself a transfer to a third country; there is a transfer when the data are stored, processed or reached from a country outside the EU/EEA, also when a support engineer only views them on a screen. The basis for the transfer is judged for each recipient on its own, and a basis given for one recipient never covers another.
    .hint = One recipient per party: the vendor, each subprocessor, support, operations.
    .ref = GDPR art. 44–46 · EDPB Guidelines 05/2021 on the interplay between art. 3 and chapter V, version 2.0 (14 February 2023)
    .item = recipient

recipient-role = What role does the recipient have?
    .label = Role
    .help = The role shows why the recipient reaches the data. Support and operations are often separate companies in the group or subprocessors in other countries, and they reach the data differently from whoever stores them.
    .ref = GDPR art. 28.2 and 28.4
recipient-role--vendor = The vendor (the processor)
recipient-role--subprocessor = Subprocessor
recipient-role--support = Support
recipient-role--operations = Operations and maintenance
recipient-role--other = Another recipient

recipient-country = In which country is the recipient established?
    .label = Established in
    .help = The recipient must obey the laws of the country where it is established. The country alone does not mean the data are transferred, but it decides which basis can be used and whether foreign law can compel the recipient to hand over data.
    .ref = GDPR art. 3 and 44 · EDPB Guidelines 05/2021, version 2.0 (2023)

recipient-parent = In which country does the recipient's parent company or group management have its seat?
    .label = Parent company in
    .help = A Swedish or European company can be owned by a group in another country. A US parent means that US law, such as the CLOUD Act (2018), can reach data the group controls, also when they are stored in the EU; that is not a transfer but a risk that belongs in the risk register.
    .ref = EDPB Guidelines 05/2021, version 2.0 (2023) · CLOUD Act (USA, 23 March 2018) · SKR's guidance (2020) section 2.6
recipient-parent--no-parent = The recipient has no parent company

recipient-storage = In which countries does the recipient store the data, backups included?
    .label = Stores in
    .help = Where the data centres are decides whether data are transferred to a third country. Do not forget backups and standby data centres, and choose every country that occurs.
    .ref = GDPR art. 44 · SKL memo Använd molntjänster på rätt sätt (2013), checklist item 2

recipient-processing = In which countries does the recipient process the data?
    .label = Processes in
    .help = Data may be stored in the EU but processed elsewhere, for example for analysis, mailings or speech recognition. Both storage and processing are processing, and a transfer to a third country needs a basis in both cases.
    .ref = GDPR art. 4.2 and 44 · SKL memo Använd molntjänster på rätt sätt (2013), checklist item 3

recipient-access = From which countries can the recipient's staff reach the data, for example for support, troubleshooting or operations?
    .label = Access from
    .help = Access from a country outside the EU/EEA is a transfer to that country, even if the data are stored in Sweden and only shown on a screen. Round-the-clock support is often run from several continents; ask in particular about second- and third-line support.
    .ref = GDPR art. 44 · EDPB Guidelines 05/2021, version 2.0 (2023) · EDPB Recommendations 01/2020, version 2.0 (18 June 2021)

recipient-basis = What is the basis for the transfer to this recipient?
    .label = Transfer basis
    .help = The basis is judged for each recipient, and the question is also asked while you do not know where the recipient stores, processes or reaches the data. For the United Kingdom there is an adequacy decision until 27 December 2031; for the USA the EU–US Data Privacy Framework applies only if the recipient itself is certified; otherwise standard contractual clauses (2021/914) with a transfer impact assessment (TIA), or binding corporate rules, are needed. If the recipient reaches the data from several third countries, the basis must cover them all; Privacy Shield, which the guidance mentions, was invalidated on 16 July 2020 (checked November 2026).
    .ref = GDPR art. 45–47 · Commission decisions (EU) 2021/914 and 2023/1795 · Court of Justice C-311/18 · SKR's guidance (2020) section 2.6
recipient-basis--adequacy = An adequacy decision for the recipient's country (not the DPF)
recipient-basis--dpf = EU–US Data Privacy Framework (the recipient itself is certified)
recipient-basis--scc = Standard contractual clauses (2021/914)
recipient-basis--bcr = Binding corporate rules (BCR)
recipient-basis--none = No basis

recipient-dpf-certified = Is the recipient itself on the Data Privacy Framework list of certified organisations, and does the certification cover these data?
    .label = DPF-certified
    .help = Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 covers only US organisations that have self-certified; a certified parent does not cover a subsidiary or subprocessor that is not on the list. The General Court dismissed the action against the decision on 3 September 2025 (Latombe, T-553/23), but the judgment is under appeal (C-703/25 P), and the US Supreme Court's judgment of 29 June 2026 on the FTC's independence (Trump v. Slaughter) has raised new questions about the framework. Keep standard contractual clauses as a fallback (checked November 2026).
    .ref = Commission Implementing Decision (EU) 2023/1795 · T-553/23 · C-703/25 P (checked November 2026)

recipient-tia = Has the transfer to this recipient been assessed (TIA), and have supplementary measures been put in place where needed?
    .label = Transfer impact assessment
    .help = Standard contractual clauses and BCR are not enough on their own. With material from the vendor, you must assess whether the law and practice of the recipient's country prevent the safeguards from working, and if needed add supplementary measures, for example encryption where only you hold the keys. The guidance calls the European Data Protection Board “EPDB”; the right abbreviation is EDPB.
    .ref = GDPR art. 46 · Court of Justice C-311/18 · EDPB Recommendations 01/2020, version 2.0 (18 June 2021)

recipient-staff-confidentiality = Do the recipient's staff who reach the data outside Sweden have a criminally sanctioned duty of confidentiality equivalent to the Swedish one?
    .label = Staff confidentiality
    .help = Act (2020:914) on confidentiality when outsourcing technical processing or storage of data gives the staff of a vendor that only technically processes or stores data for an authority a duty of confidentiality with criminal liability under the Criminal Code ch. 20 s. 3, and OSL ch. 10 s. 2 a builds on it. The act is Swedish and in practice reaches staff in Sweden; for staff in other countries you need to know whether that country's law gives an equivalent criminal liability. A contractual duty of confidentiality does not replace criminal liability.
    .ref = Act (2020:914) · Government bill 2019/20:201 · Criminal Code ch. 20 s. 3 · SKR's guidance (2020) section 2.6 (checked November 2026)

## 8. The United Kingdom

uk-adequacy-checked = Have you checked that the EU's adequacy decision for the United Kingdom still applies and covers your transfer?
    .help = The United Kingdom has been a third country since Brexit. The Commission's decisions of 28 June 2021 were extended to 27 December 2025 and renewed by new implementing decisions on 19 December 2025, which apply until 27 December 2031 (checked November 2026). While the decision applies, a data processing agreement is needed but no standard contractual clauses; the guidance was written during the transition period, before this was known.
    .ref = Commission Implementing Decision (EU) 2021/1772, extended in 2025 and renewed by new implementing decisions on 19 December 2025 · GDPR art. 45 · SKR's guidance (2020) section 3

uk-fallback = Does the contract say what applies if the adequacy decision for the United Kingdom ends?
    .help = An adequacy decision can be repealed or amended, for example if UK law changes, and the current one applies until 27 December 2031. The contract should say that standard contractual clauses will then be signed or the data moved to the EU/EEA, so that you are not left without a basis for the transfer.
    .ref = GDPR art. 45.5 and 46 · Commission decision (EU) 2021/914

## Findings: the assessment

finding-controller-unclear = It is unclear who the controller is, and so who answers for the service
    .action = The lawyer or data protection officer establishes, from the committees' rules of procedure, whether the social welfare committee, another committee or the private provider is the controller, and the information owner records it before the work continues.
    .help = The controller must make the impact assessment, sign the data processing agreement and enter the processing in the record of processing activities (GDPR art. 24, 28 and 30, SoLPUF 2001:637).

finding-participants-missing = The information security officer or the lawyer/data protection officer has not taken part in the assessment
    .action = The system manager invites the missing roles to a follow-up, or has them review the answers afterwards, and documents their views.
    .help = The guidance recommends that the information security officer leads the work and that a lawyer or the data protection officer takes part, and the data protection officer's advice must be sought for an impact assessment (SKR's guidance section 2.7, GDPR art. 35.2).

finding-already-in-use = The service is already in use, so the assessment is made afterwards
    .action = The information owner has the assessment finished as soon as possible and meanwhile considers whether to limit the use, for example to data without secrecy.
    .help = The assessment must be made before the processing starts; if it is missing for ongoing processing it must be made now (GDPR art. 35.1, SKR's guidance section 1.2).

finding-in-use-serious-gaps = The service is already used for data under secrecy or sensitive data despite serious gaps
    .action = The committee, through the information owner, stops or limits the use now, for example to data without secrecy, until the gaps are closed. The lawyer or data protection officer assesses the same day whether a personal data breach has occurred that must be notified to IMY within 72 hours of becoming aware of it, and whether a disclosure may have been a breach of the duty of confidentiality.
    .help = Serious gaps here are: no known basis for a transfer or the DPF as the basis without a certified US recipient, no data processing agreement, a disclosure that is unsuitable or not allowed under OSL ch. 10 s. 2 a, no logging of access, unencrypted transfer, or information unsuitable for a cloud service. A personal data breach must be notified without undue delay and where feasible within 72 hours (GDPR art. 33.1) and every breach documented (art. 33.5); breach of the duty of confidentiality is governed by the Criminal Code ch. 20 s. 3.

## Findings: impact assessment

finding-dpia-required = An impact assessment is required but not finished: at least two of IMY's criteria hold
    .action = The information owner has the section The impact assessment filled in (description, necessity and proportionality, the data protection officer's advice) and the risk register completed before the service is used; the lawyer or data protection officer reviews it, and the committee decides.
    .help = Under IMY's list under art. 35.4, an impact assessment is as a rule required when at least two of nine criteria hold, and it must be made before the processing (GDPR art. 35.1, 35.2 and 35.7; checked November 2026).

finding-dpia-skipped = No impact assessment although at least two criteria hold, and the decision is not documented
    .action = The lawyer or data protection officer states in writing why the processing is not considered likely to result in a high risk and documents the data protection officer's views; the information owner keeps both with the assessment. Consider making the impact assessment here anyway.
    .help = Refraining although the criteria point to an impact assessment can only be defended if the reasons and the data protection officer's views are documented (GDPR art. 5.2 and 35, IMY's list under art. 35.4).

## Findings: mapping, children and protected personal data

finding-unsuitable-for-cloud = The information is not considered suitable for a cloud service
    .action = Do not use the service for this information. The information owner proposes whether the use can be limited, for example to data without secrecy, or whether another solution should be chosen, and the committee decides.
    .help = The mapping is to decide whether it is suitable at all to handle the information in a cloud service (SKR's guidance section 2.5).

finding-document-storage-sensitive = A service for storing and sharing documents is to hold data under secrecy or sensitive data, which such services rarely have the protection for
    .action = The information security officer examines whether the service has the protection the classification calls for (access rights, logging, encryption and backups); otherwise the information owner limits the use to data without secrecy, and the sensitive data are handled in the case management system.
    .help = SKL's memo Använd molntjänster på rätt sätt (2013) warns that storage and sharing services, which staff often start using on their own, rarely have the protection that data under secrecy need.

finding-free-text = Free-text fields let unneeded and sensitive data reach the vendor
    .action = The system manager removes the free-text fields, or limits the number of characters if they are really needed, and users get written instructions not to write names or unneeded sensitive data.
    .help = Data not needed for the purpose must not be collected (GDPR art. 5.1 c and 25, SKR's guidance section 2.3).

finding-child-information = Children do not get information about the processing in a form they understand, as the GDPR requires
    .action = The information owner produces information about the processing suited to the children's age, and the lawyer or data protection officer reviews it before the service is used.
    .help = Information addressed to children must be so clear and simple that a child understands it (GDPR art. 12.1 and recital 58).

finding-guardian-secrecy = The service can reveal a child's data to the guardian despite secrecy
    .action = The IT architect and the system manager make sure that messages, login and letters can be controlled child by child so that nothing reaches the guardian when secrecy applies; if that is not possible, you do not use the service for those children. The lawyer or data protection officer adds the risk to the risk register.
    .help = Secrecy protecting a minor also applies towards the guardian if the child can be assumed to suffer considerable harm if the data are disclosed (OSL ch. 12 s. 3).

finding-minor-login = Children and young people without BankID or a phone of their own cannot log in securely, so they may be shut out or revealed to the guardian
    .action = The system manager arranges another secure way to log in, for example issued IDs with history switched off under the guidance's exception, or lets the child fill in the data at the social services office.
    .help = BankID needs the guardian's consent under 18 and the age limit varies between banks (checked November 2026). Requiring an e-ID can then shut children out or reveal the contact to the guardian.

finding-protected-identity = Data on people with protected personal data are not handled with particular care
    .action = The information security officer and the system manager make sure that address and town are not shown or sent out, that access is limited to those who must have it and that a routine for protected personal data applies to the service; the risk goes into the risk register.
    .help = A revealed home can expose the person to violence or persecution (Population Registration Act s. 16, OSL ch. 21 and ch. 22 s. 1).

## Findings: classification

finding-classification-missing = The information is not classified, so the safeguard requirements have no basis
    .action = The information owner classifies each information set under KLASSA 4.0 together with the information security officer, and the result is used as requirements in the procurement and the contract.
    .help = Without classification you cannot decide which safeguards the service needs (GDPR art. 32, SKR's guidance section 2.7, KLASSA 4.0).

finding-no-information-sets = No information sets are listed, so the service has no levels and no safeguard requirements
    .action = The information owner lists the information sets the service will hold (logins and logs included) and classifies each one together with the information security officer.
    .help = The service's level per aspect is the highest among its information sets, and the levels decide which safeguards are asked for (KLASSA 4.0).

finding-class-level-4 = At least one information set is at level 4, for which KLASSA gives no safeguards
    .action = The information security officer makes a separate analysis of the protection need for those sets before the service is chosen, and the information owner considers whether they can be kept out of the cloud service. The safeguards in this questionnaire are not enough for level 4.
    .help = KLASSA 4.0 has no action plan and no procurement requirements for level 4 (very serious); SKR recommends a separate analysis. Data on social services' clients are typically at level 3, so check that level 4 is right.

## Findings: law and secrecy

finding-legal-basis-unclear = It is not established that the processing fits within the data protection rules for social services, so it may lack a legal basis
    .action = The lawyer or data protection officer checks the purposes and data against the GDPR, the Data Protection Act (2018:218), SoLPUL (2001:454) and SoLPUF (2001:637) and documents the assessment.
    .help = Without a legal basis and specified purposes the processing is unlawful, however secure the service (GDPR art. 5.1 b and 6). PuL, on which SKL's 2013 memo is based, has not applied since 2018.

finding-who-how-where-unknown = It is unclear who handles the information, how and where, so the disclosure cannot be assessed
    .action = The procurement officer or the system manager asks the vendor for a written account of all recipients (including subprocessors, support and operations), what they do and in which countries, and the information owner waits with the decision until it is in place.
    .help = Without that knowledge you cannot judge whether the disclosure is lawful or suitable (SKR's guidance section 2.5, GDPR art. 28.1).

finding-gdpr-basis-unclear = The legal basis of the processing is not set out
    .action = The lawyer or data protection officer sets out the basis under GDPR art. 6, and for sensitive data the exception under art. 9, before the service is used, and enters it in the record of processing.
    .help = Without a legal basis the processing is unlawful (GDPR art. 5.1 a and 6.1); this holds for services without client data too, such as staff scheduling or HR tools.

finding-no-register-entry = The processing is not in the record of processing activities, as the GDPR requires
    .action = The lawyer or data protection officer, with the system manager, enters the processing in the controller's record before the service is used, with purposes, categories, recipients, transfers, time limits for erasure and security measures.
    .help = The controller must keep a record of its processing activities (GDPR art. 30.1).

finding-secrecy-not-assessed = The secrecy assessment has not been made, so it is not shown that the data may be handed to the vendor
    .action = The lawyer or data protection officer assesses and documents, before the service is used, whether the data may be handed to the vendor and each recipient under OSL ch. 10 s. 2 a (technical processing or storage only, unless unsuitable).
    .help = The rule has applied since 1 July 2023 (Government bill 2022/23:97) and requires an assessment of the circumstances of the case (checked November 2026).

finding-secrecy-beyond-technical = The vendor is to use the data for more than technical processing or storage, which the secrecy exception does not cover
    .action = The procurement officer limits the contract so that the vendor only processes and stores the data technically for you, or the lawyer or data protection officer examines whether another legal basis for the disclosure exists. If there is none, you do not use the service for data under secrecy.
    .help = OSL ch. 10 s. 2 a and Act (2020:914) cover only those who solely process or store data technically for the authority (Government bill 2022/23:97, checked November 2026).

finding-secrecy-unsuitable = Handing the data to the vendor may be unsuitable, and then not allowed
    .action = The lawyer or data protection officer and the information security officer go through the circumstances (foreign law, security, duty of confidentiality, sensitivity of the data), decide whether measures such as encryption with keys only you hold are enough, and otherwise propose to the committee that the service is not used for data under secrecy.
    .help = If the disclosure is unsuitable in the circumstances, the exception in OSL ch. 10 s. 2 a does not apply. eSam's 2023 memo stresses that your own assessment is required (checked November 2026).

finding-cybersecurity-act = The service is not part of the municipality's risk management, as the Cybersecurity Act requires
    .action = The information security officer brings the service and the vendor into the municipality's risk management, incident reporting and supplier control under the Cybersecurity Act (2025:1506).
    .help = The act applies from 15 January 2026 and covers every municipality, with requirements on risk management and supply-chain security (checked November 2026).

finding-outdated-references = Your own documents refer to repealed rules or old names, which can lead to wrong assessments
    .action = The system manager updates routines, templates and contracts with the lawyer or data protection officer: the GDPR and the Data Protection Act instead of PuL, IMY instead of Datainspektionen, the Social Services Act (2025:400) instead of 2001:453, MCF instead of MSB, and the DPF or standard contractual clauses instead of Privacy Shield.
    .help = PuL was repealed in 2018, Datainspektionen changed its name on 1 January 2021, Privacy Shield was invalidated on 16 July 2020, the new Social Services Act applies from 1 July 2025 and MSB became MCF on 1 January 2026 (checked November 2026).

## Findings: recipients and transfers, one recipient at a time

finding-unknown-subprocessors = The vendor's subprocessors are not fully known, so you do not know where the data are or who can reach them
    .action = The procurement officer asks for a complete list of subprocessors with country, task and access, and for changes to be announced in advance; the system manager adds each subprocessor as a recipient.
    .help = The processor may not engage subprocessors without your approval, and you must know where the data are (GDPR art. 28.2 and 28.4).

finding-no-recipients = No recipients are listed, so the transfers cannot be assessed
    .action = The system manager lists the vendor, each subprocessor, support and operations as recipients, with material from the vendor.
    .help = The basis for a transfer is judged for each recipient on its own (GDPR art. 44–46).

finding-vendor-not-listed = The vendor itself is not among the recipients, so its storage, processing and access have not been assessed
    .action = The system manager adds the vendor as a recipient with the role vendor and fills in, with material from the vendor, where it stores, processes and reaches the data.
    .help = The basis for a transfer is judged for each recipient, and the vendor always processes the data (GDPR art. 28 and 44).

finding-no-transfer-basis = At least one recipient reaches the data from a third country without a known basis for the transfer
    .action = Do not use the service for personal data until the lawyer or data protection officer has established a basis for each such recipient (adequacy, DPF certification, standard contractual clauses 2021/914 or BCR), or the procurement officer has required the recipient to store, process and reach the data only within the EU/EEA.
    .help = A transfer without a basis breaches GDPR art. 44. Privacy Shield has not applied since 16 July 2020 (C-311/18).

finding-adequacy-does-not-cover = An adequacy decision is given as the basis for a recipient that also reaches the data from a country without one
    .action = The lawyer or data protection officer arranges a basis that also covers those countries for that recipient, usually standard contractual clauses (2021/914) with a transfer impact assessment, or the procurement officer requires access from there to stop.
    .help = An adequacy decision covers only the country it concerns (GDPR art. 45); for the USA the DPF covers only certified recipients.

finding-dpf-not-us-recipient = The Data Privacy Framework is given as the basis for a recipient outside the USA, but it covers only certified US recipients
    .action = The lawyer or data protection officer arranges another basis for that recipient, for example standard contractual clauses (2021/914) with a transfer impact assessment; a certified US group member does not cover other companies.
    .help = Decision (EU) 2023/1795 covers only transfers to organisations in the USA that are themselves certified.

finding-us-no-dpf = A recipient in the USA has no confirmed DPF certification, so the framework cannot be the basis for the transfer
    .action = The system manager checks the recipient on dataprivacyframework.gov. Without certification, the lawyer or data protection officer arranges standard contractual clauses (2021/914), a transfer impact assessment and supplementary measures before any personal data are transferred.
    .help = Decision 2023/1795 covers only self-certified organisations. The General Court dismissed the action against it on 3 September 2025 (T-553/23), but the judgment is under appeal (C-703/25 P) (checked November 2026).

finding-tia-missing = A transfer impact assessment (TIA) is missing for at least one recipient, so it is not shown that the safeguards work in practice
    .action = The lawyer or data protection officer assesses, with material from the vendor, the law and practice of the recipient's country, and the information security officer decides on supplementary measures, for example encryption where only you hold the keys.
    .help = EDPB Recommendations 01/2020 (version 2.0, 18 June 2021) describe the steps. Standard contractual clauses are not enough if the recipient country's law prevents the safeguards from working (C-311/18).

finding-cloud-act = A recipient is under US control, but the risk of disclosure under US law is not in the risk register
    .action = The information security officer adds the risk to the risk register with the harm “a foreign authority demands the data”, and the lawyer or data protection officer weighs it in the secrecy assessment. The risk holds also when the data are stored in the EU and when the recipient is DPF certified; consider encryption with keys only you hold, or a recipient without US ownership for data under secrecy.
    .help = The CLOUD Act (23 March 2018) lets US authorities demand data that a company has in its possession, custody or control, wherever they are stored. It is not a transfer under GDPR chapter V but a risk that can make the disclosure unsuitable under OSL ch. 10 s. 2 a. FISA section 702 belongs here too; its statutory basis lapsed on 12 June 2026 while collection continues under earlier certifications, so the position may change (checked November 2026).

finding-staff-confidentiality = It is unclear whether the recipient's staff outside Sweden have a criminally sanctioned duty of confidentiality, so a disclosure there may not be punishable
    .action = The procurement officer asks the vendor to show which statutory, criminally sanctioned duty of confidentiality applies to the staff in the countries concerned and writes confidentiality into the contract; the lawyer or data protection officer weighs the answer in the secrecy assessment.
    .help = Act (2020:914) gives the staff of a vendor that only technically processes or stores data a criminally sanctioned duty of confidentiality (Criminal Code ch. 20 s. 3), but in practice it reaches staff in Sweden. A contract does not replace criminal liability.

finding-uk-adequacy = A recipient is in the United Kingdom, where adequacy applies until 27 December 2031
    .action = The procurement officer signs a data processing agreement with the UK party; no standard contractual clauses are needed while the decision applies. The system manager sets a reminder to follow up the decision well before 27 December 2031.
    .help = The Commission's decisions of 28 June 2021 were extended to 27 December 2025 and renewed by new implementing decisions on 19 December 2025, which apply until 27 December 2031 (checked November 2026). The guidance's section on Brexit is out of date.

finding-uk-adequacy-unchecked = It has not been checked that the adequacy decision for the United Kingdom applies
    .action = The lawyer or data protection officer checks on the Commission's page on adequacy decisions that the decision applies and covers the transfer, and notes the date of the check.
    .help = The decision can be amended or repealed before 27 December 2031 (GDPR art. 45.5; checked November 2026).

finding-uk-no-fallback = The contract does not say what applies if the decision for the United Kingdom ends, so the transfer may be left without a basis
    .action = The procurement officer writes into the contract that standard contractual clauses (2021/914) will be signed, or the data moved to the EU/EEA, if the adequacy decision ends.
    .help = Without a fallback the transfer is left without a basis on the day the decision ends (GDPR art. 45.5 and 46).

## Contradictions (reported by molnkoll check)

contradiction-no-personal-data-but-sensitive = The answers say that no personal data are processed, but also that sensitive personal data or data on offences are processed.
contradiction-no-personal-data-but-children = The answers say that no personal data are processed, but also that the data concern children or people in a vulnerable position.
contradiction-no-personal-data-but-personal-sets = The answers say that no personal data are processed, but an information set holds personal data.
contradiction-no-children-but-children-sets = The answers say that the data do not concern children, but an information set concerns children.
contradiction-vulnerable-sets-not-screened = An information set concerns children or staff, but the criterion on people in a vulnerable position is answered no. Children and employees count as vulnerable data subjects.
contradiction-lvu-without-children = The work is carried out under LVU, but the answers say that the data do not concern children. LVU governs care of children and young people, so the data almost always concern children.
contradiction-children-not-vulnerable = The data concern children, but the criterion on people in a vulnerable position is answered no. Children always count as vulnerable data subjects.
contradiction-sensitive-sets-not-screened = An information set holds sensitive personal data or data on offences, but the criterion on sensitive data in the impact assessment screening is answered no.
contradiction-no-client-data-but-client-sets = The answers say that the service holds no client data, but an information set concerns adult clients or service users, holds data from cases or is under social services secrecy.
contradiction-residual-risk-high-but-overall-not = At least one risk in the risk register is still high after the measures, but the overall assessment says that no high risk remains.
contradiction-click-through-but-negotiated-dpa = The contract is a click-through agreement, but the data processing agreement is said to follow SKR's template. A click-through agreement can rarely be negotiated; check which agreement actually applies.
## Security measures the classification calls for
## Each measure is asked from the level of the classification that calls for it and is
## self-assessed, as in KLASSA's action plan, on molnkoll's scale fulfilled, partly, not fulfilled or
## not applicable. The measures are in our own words; the ISO/IEC 27002:2022 numbers are the
## standard's, not KLASSA's (KLASSA builds on the 2017 edition). `.requirement` is the measure as a
## requirement on the vendor in a procurement.

req-access-control = Are access rights set so that each user reaches only the data they need in their work?
    .label = Access control
    .help = Access rights should follow what the work requires, not what is technically easy. Check that the service has roles and can restrict access by unit, case or information set, and that there is a procedure for granting, changing and removing rights when someone changes job or leaves. This also applies to administrators and to the vendor's own staff and support.
    .ref = GDPR art. 5.1 f, 25 and 32 · KLASSA 4.0, confidentiality · ISO/IEC 27002:2022 5.15, 5.18 and 8.3 (KLASSA's requirements build on the 2017 edition, numbered differently)
    .hint = Asked when confidentiality is classified at level 1 or higher.
    .requirement = The supplier shall provide access control in which the customer itself grants, changes and removes access rights by role and by unit or case, so that each user reaches only the data needed in their work. Staff of the supplier and its sub-processors shall have access to the customer's data only where needed to perform the contract, and such access shall be logged.

req-strong-authentication = Do all users and administrators log in with strong authentication, that is at least two factors?
    .label = Strong authentication
    .help = With a password alone, anyone who obtains or guesses it can act as the user without anyone noticing. Strong authentication is for example an e-ID (BankID, Freja+, SITHS eID), a one-time code or a security key; it also applies to administrators and the vendor's support. How staff and individuals log in is asked in detail further on in this section.
    .ref = GDPR art. 32.1 b · KLASSA 4.0, confidentiality · ISO/IEC 27002:2022 5.17 and 8.5 · HSLF-FS 2016:40 (as a model)
    .hint = Asked when confidentiality is classified at level 2 or higher.
    .requirement = The supplier shall require authentication with at least two factors for all users and administrators and shall support login with a Swedish e-ID at assurance level 3 under DIGG's trust framework (for example BankID, Freja+ or SITHS eID), preferably through the customer's own identity solution.

req-access-review = Do you regularly review who has which access rights, so that nobody keeps access they no longer need?
    .label = Access review
    .help = Access rights grow over time: staff change units, temps leave and accounts remain. Decide how often the rights are reviewed, for example every year and always when someone leaves, and who does it. The service needs to be able to list users, administrators and their rights.
    .ref = GDPR art. 5.1 f and 32.1 d · KLASSA 4.0, confidentiality · ISO/IEC 27002:2022 5.18 and 8.2
    .hint = Asked when confidentiality is classified at level 2 or higher.
    .requirement = The supplier shall enable the customer at any time to produce a current list of users, administrators and their access rights with their last login, and shall on request state which employees of the supplier and its sub-processors have access to the customer's data.

req-encryption-transit = Is every transfer of the data encrypted, between the users, your systems and the service and within the vendor's own environment?
    .label = Encryption in transit
    .help = Data sent over the internet or other open networks can be intercepted or changed on the way. All traffic should be encrypted with a current version of TLS, including apps, links to the case management system and transfers to sub-processors. Unencrypted transfer of data about individuals is a serious gap.
    .ref = GDPR art. 32.1 a · SKL memo Använd molntjänster på rätt sätt (2013), Sekretess och säkerhet · SKR guidance section 2.2 · ISO/IEC 27002:2022 8.24
    .hint = Asked when confidentiality is classified at level 1 or higher.
    .requirement = The supplier shall encrypt every transfer of the customer's data, between users and the service, between the service and the customer's systems and within and between the data centres of the supplier and its sub-processors, with current and generally recognised protocols (for example TLS 1.2 or later), and shall not allow unencrypted connections.

req-encryption-rest = Are the data encrypted where they are stored, including backups, logs and temporary files?
    .label = Encryption at rest
    .help = Encrypting stored data protects against someone reaching disks, backups or storage accounts. It does not protect against the vendor itself as long as the vendor holds the keys; the next question covers that when confidentiality is at level 3. At level 3, unencrypted storage is a serious gap.
    .ref = GDPR art. 32.1 a · KLASSA 4.0, confidentiality · ISO/IEC 27002:2022 8.24
    .hint = Asked when confidentiality is classified at level 2 or higher.
    .requirement = The supplier shall encrypt the customer's data at rest, including backups, logs and temporary files, with generally recognised algorithms, and shall describe how the encryption and the management of the keys are arranged.

req-key-custody = Do you, and not the vendor, control the keys the data are encrypted with?
    .label = Customer-held keys
    .help = If the vendor holds the keys, the vendor, or an authority that compels the vendor to hand over the data, can read them. Keys that only you manage, in your own key management or with a separate party, are the supplementary measure the EDPB describes against disclosure under foreign law, but they only work if the service does not need to read the data in clear text at the vendor. Also decide what happens if a key is lost.
    .ref = GDPR art. 32.1 a · EDPB Recommendations 01/2020 v2.0 (18 June 2021), annex 2 · OSL (2009:400) ch. 10 s. 2 a
    .hint = Asked when confidentiality is classified at level 3 or higher.
    .requirement = The supplier shall offer encryption in which the customer itself creates, keeps and can revoke the keys, so that neither the supplier nor its sub-processors can read the customer's data in clear text without the customer's involvement, and shall state which parts of the service still process data in clear text.

req-inactivity-lock = Is the session locked, or the user logged out, automatically after a short period of inactivity?
    .label = Lock on inactivity
    .help = An unattended computer or phone with an open session gives anyone access to the data. Automatic locking or logout after a few minutes, with a time you can set yourselves, reduces the risk. On a phone the app needs to lock itself even when the device does not.
    .ref = GDPR art. 32 · SKR guidance section 2.2 · KLASSA 4.0, confidentiality
    .hint = Asked when confidentiality is classified at level 2 or higher.
    .requirement = The supplier shall lock or end inactive sessions automatically after a time the customer can set, in browsers and in apps, and shall require a new login afterwards.

req-integrity-protection = Are the data protected against unauthorised and accidental changes, and can you see who changed what and when?
    .label = Protection against alteration
    .help = Decisions about individuals rely on the data being right. The service should restrict who can change and delete, keep earlier versions or a change history with who and when, and check that data transferred to or from the case management system are not corrupted.
    .ref = GDPR art. 5.1 d and 32.1 b · KLASSA 4.0, integrity
    .hint = Asked when integrity is classified at level 2 or higher.
    .requirement = The supplier shall protect the customer's data against unauthorised and accidental change and deletion, record each change with user and time, keep earlier versions for an agreed period and check that data transferred to and from the customer's systems are not altered.

req-backup = Are the data backed up regularly, separately from the service, so that you can get them back?
    .label = Backup
    .help = Backups protect against loss through technical faults, mistakes, sabotage and ransomware. They should be taken often enough that the loss after a failure is acceptable, be kept apart from the production environment and be protected as well as the original, also as to encryption and country. Simple storage and sharing services often have no backup; for data under secrecy or sensitive data that is a serious gap.
    .ref = GDPR art. 32.1 b and c · SKL memo (2013), Hantering av allmänna handlingar · KLASSA 4.0, availability and integrity · ISO/IEC 27002:2022 8.13
    .hint = Asked when availability is classified at level 1 or higher, or integrity at level 2 or higher.
    .requirement = The supplier shall back up the customer's data at the frequency and for the retention period agreed, keep the copies apart from the production environment, encrypted and in the countries the contract states, and be able to restore all or part of the customer's data within an agreed time.

req-restore-test = Has restoring from a backup been tested, and is it tested regularly?
    .label = Restore tests
    .help = A backup that has never been restored as a test is no guarantee. Ask the vendor to show when a restore was last tested and how long it took, or test it yourselves with part of the data.
    .ref = GDPR art. 32.1 c and d · KLASSA 4.0, availability · ISO/IEC 27002:2022 8.13
    .hint = Asked when availability is classified at level 2 or higher.
    .requirement = The supplier shall test restoring the customer's data from backup at least once a year and after major changes, and shall on request report the result and how long the restore took.

req-continuity = Is there a rehearsed continuity plan for how the work goes on if the service cannot be reached, for a short or a long time?
    .label = Continuity plan
    .help = The plan describes how the work copes with an outage (fallback procedures and who decides), how you reach the data needed for urgent decisions and how the data are taken back if the vendor goes away. Both you and the vendor need a plan. At availability level 3 an outage can seriously harm individuals, for example when a child needs protection, and then a missing plan is a serious gap.
    .ref = GDPR art. 32.1 b and c · KLASSA 4.0, availability · Cybersecurity Act (cybersäkerhetslagen 2025:1506) (checked November 2026)
    .hint = Asked when availability is classified at level 2 or higher.
    .requirement = The supplier shall have a documented and regularly rehearsed continuity and recovery plan for the service, present it to the customer on request, announce planned outages in advance and take part in the customer's own continuity planning.

req-availability-terms = Does the contract state availability, support hours and time to fix faults, with a sanction if they are not met?
    .label = Availability terms
    .help = Without agreed levels you can demand nothing when the service is down. The contract should state availability per month, when support can be reached (evenings and weekends too if the work goes on then), how quickly faults are to be fixed and what happens if the levels are not met, for example a penalty or a right to terminate.
    .ref = KLASSA 4.0, availability · ISO/IEC 27002:2022 5.20 and 5.22
    .hint = Asked when availability is classified at level 2 or higher.
    .requirement = The supplier shall commit to an agreed minimum availability of the service, support hours matching the customer's working hours and times to fix faults according to their severity, shall report the outcome regularly and shall pay a penalty or equivalent if the levels are not met.

req-access-logging = Is all access to the data logged, reading as well as changing, and can you read the logs yourselves?
    .label = Access logging
    .help = You need to be able to see who read or changed data about an individual, for example when someone is suspected of reading without need or when the individual asks. The log should show user, time, data and action, also for administrators and the vendor's staff. Such logging is normally required for data under secrecy and sensitive data, so the question is asked for them whatever the level.
    .ref = GDPR art. 5.2 and 32 · SKL memo (2013), Sekretess och säkerhet and checklist item 6 · KLASSA 4.0, traceability · ISO/IEC 27002:2022 8.15
    .hint = Asked when traceability is classified at level 1 or higher, or when the data are under secrecy, sensitive or about people with protected personal data.
    .requirement = The supplier shall log each access to the customer's data (reading, changing, deleting and exporting) with user, time and the data concerned, also when the access is by staff of the supplier or its sub-processors, and shall enable the customer to search and extract the logs itself.

req-log-review = Does someone regularly go through the logs to detect unauthorised access?
    .label = Log review
    .help = Logs that nobody reads protect nobody. Decide who follows up the logs, how often and what they look for (for example access to data about people with protected personal data, or unusually many cases opened), and what happens on suspicion. The service should be able to produce reports or raise alerts on unusual patterns.
    .ref = GDPR art. 32.1 d · KLASSA 4.0, traceability · ISO/IEC 27002:2022 8.15 and the theme monitoring
    .hint = Asked when traceability is classified at level 2 or higher.
    .requirement = The supplier shall provide support for systematic log review, for example reports and alerts on unusual access, shall itself monitor access to the customer's data and shall notify the customer without delay on suspicion of unauthorised access.

req-log-protection = Are the logs protected against change and deletion, and kept as long as you have decided?
    .label = Log protection
    .help = A log that the person being logged can change or delete cannot be trusted. The logs should be protected against change, kept apart from the rest of the service, retained for a set time and then disposed of. Logs themselves contain personal data and must be protected as such.
    .ref = GDPR art. 5.1 e and 32 · KLASSA 4.0, traceability · ISO/IEC 27002:2022 8.15
    .hint = Asked when traceability is classified at level 3 or higher.
    .requirement = The supplier shall protect the logs against change and unauthorised deletion, administrators included, keep them for the time the customer decides, then delete them, and on request hand them to the customer in a readable format.

req-incident-handling = Is it agreed, and set out in a procedure of yours, how the vendor reports incidents quickly enough for you to notify IMY within 72 hours?
    .label = Incident handling
    .help = A personal data breach must be notified to IMY without undue delay and, where feasible, within 72 hours of your becoming aware of it, and the vendor must inform you without undue delay. That only works if contact routes, times, what the report contains and who receives it on your side are set in advance. The municipality may also have to report significant incidents under the Cybersecurity Act (2025:1506).
    .ref = GDPR art. 33.1, 33.2 and 33.5 · ISO/IEC 27002:2022 5.24–5.28 · Cybersecurity Act (2025:1506) (checked November 2026)
    .hint = Asked as soon as any aspect is classified at level 1 or higher.
    .requirement = The supplier shall notify the customer without undue delay, and at the latest within the time agreed (for example 24 hours), after discovering a security incident or personal data breach affecting the customer's data, shall provide the information the customer needs for a notification under GDPR art. 33 and shall then assist the customer with investigation and measures.

req-supplier-follow-up = Do you follow up the vendor regularly during the contract: security, sub-processors, locations and terms?
    .label = Supplier follow-up
    .help = Risks change during the contract: the vendor may change sub-processors, move data or change terms. Plan a follow-up at least once a year with evidence such as current certificates or audit reports, and make sure you have a right to audit. As controller you must be able to show that the processor gives sufficient guarantees, and the Cybersecurity Act requires supply-chain risks to be managed.
    .ref = GDPR art. 28.1 and 28.3 h · Cybersecurity Act (2025:1506) (checked November 2026) · ISO/IEC 27002:2022 5.19–5.23
    .hint = Asked when any aspect is classified at level 2 or higher.
    .requirement = The supplier shall at least once a year report how security in the service is maintained, for example with current certificates or reports from independent auditors, shall announce significant changes to the service, sub-processors and storage locations in advance and shall let the customer, or an auditor the customer appoints, audit compliance with the contract.

req-deletion = Can data be deleted for good, including from backups and logs, when they are to be disposed of or the contract ends?
    .label = Deletion
    .help = Personal data may not be kept longer than necessary, and records must be disposed of (gallring) as the law and disposal decisions require. Many services are built so that nothing disappears, or only hide what is "deleted". Check how deletion works, how long it takes before the data are gone from backups too and that you can get a written confirmation.
    .ref = GDPR art. 5.1 e, 17 and 28.3 g · ISO/IEC 27002:2022 8.10 · Archives Act (arkivlagen 1990:782)
    .hint = Asked when confidentiality is classified at level 1 or higher.
    .requirement = The supplier shall on the customer's request be able to delete individual data items and whole information sets so that they cannot be recovered, also from backups and logs within an agreed time, and shall confirm the deletion in writing.

req-export = Can you yourselves at any time export all your data, with attachments and metadata, in an open format?
    .label = Export of the data
    .help = Export is needed to change vendor, keep a copy of your own, archive and disclose official documents. Check that it covers everything (data, attachments, logs and metadata such as who and when), in a documented open format, and that you can do it without waiting for the vendor.
    .ref = GDPR art. 28.3 g and 32.1 c · Archives Act (1990:782) · KLASSA 4.0, availability and integrity
    .hint = Asked when availability or integrity is classified at level 2 or higher.
    .requirement = The supplier shall enable the customer at any time and at no extra cost to export all data itself, including attachments, metadata and logs, in a documented open format, and at the end of the contract shall hand over everything in such a format within an agreed time.

## Logging in and devices

sec-staff-auth = How do staff log in to the service?
    .help = Staff who reach data about individuals over open networks should log in with at least two factors. In health care HSLF-FS 2016:40 requires this, and SKR's guidance (2020) considers it reasonable for social services to have the same protection. SITHS eID now exists both as a card and as an app (Mobilt SITHS); a one-time code by SMS counts as two factors but can be intercepted, for example if someone takes over the phone number.
    .ref = GDPR art. 32 · HSLF-FS 2016:40 (as a model) · SKR guidance section 2.4 · Inera, SITHS eID (checked November 2026)
    .hint = Choose every way that can be used: the weakest decides the protection.
sec-staff-auth--bankid = BankID
sec-staff-auth--other-eid = Another e-ID, for example Freja+
sec-staff-auth--siths = SITHS eID, as a card or an app
sec-staff-auth--sms-otp = One-time code by SMS
sec-staff-auth--app-otp = One-time code in an app, or a security key
sec-staff-auth--password-only = User name and password only

sec-staff-open-network = Can staff log in over the internet, outside the organisation's own network?
    .help = The requirement for strong authentication concerns access over open networks. Almost every cloud service is reached over the internet; answer no only if access is limited to a protected network that you control.
    .ref = HSLF-FS 2016:40 (as a model) · SKR guidance section 2.4

sec-individual-auth = How do the individuals (clients, service users) log in to the service?
    .help = Individuals should log in with at least two factors, for example BankID, another e-ID or a one-time code by SMS. With a user name and password alone, anyone who knows or guesses the password can act as the individual, and this cannot be detected. Remember that young people often lack an e-ID: BankID needs the guardian's consent under 18 and the age limit varies between banks (checked November 2026).
    .ref = GDPR art. 32 · HSLF-FS 2016:40 (as a model) · SKR guidance section 2.2 · DIGG, elegitimation.se (checked November 2026)
    .hint = Choose every way that can be used: if a password alone lets someone in, that counts.
sec-individual-auth--bankid = BankID
sec-individual-auth--other-eid = Another e-ID, for example Freja+
sec-individual-auth--sms-otp = One-time code by SMS
sec-individual-auth--password-only = User name and password only

sec-history-off = Is all history for the individual switched off, so that no earlier answers can be seen after login?
    .help = Not every child or young person has an e-ID or a phone of their own. SKR's guidance describes an exception: with all history switched off there are no personal data to reach after login, and then a user name and password can be accepted. The exception holds only if the two following conditions are met too.
    .ref = SKR guidance section 2.2

sec-alias-id = Does the individual log in with an ID given out by social services, never with name or personal identity number?
    .help = The exception requires an ID from social services and a password. The data are still personal data, but pseudonymised, and only social services, not the vendor, may be able to link the ID to a person.
    .ref = GDPR art. 4.5 · SKR guidance section 2.2

sec-incomplete-deleted = Is a started survey deleted on the server if the individual abandons it?
    .help = If started but abandoned answers are kept, there are still personal data to reach with a guessed password. The exception holds only if such answers are deleted.
    .ref = SKR guidance section 2.2

sec-individual-no-local-copy = Do the data disappear from the individual's computer or phone once they have been transferred to the service?
    .help = No data should remain on the individual's device after the transfer, since others in the household can reach it, including someone the individual may be protected from. Check the browser cache, downloaded files, notifications and the app's local storage.
    .ref = SKR guidance section 2.2 · GDPR art. 25 and 32

sec-offline-encrypted = Are the data stored encrypted on the lent device, and does the app lock after a few minutes of inactivity?
    .help = A tablet or phone that is lent out can be lost or used by someone else. The data must therefore be encrypted on the device and the app must lock itself. The individual logs in with an ID and a password, and only social services may be able to link the ID to a person.
    .ref = SKR guidance section 2.2 · GDPR art. 32

sec-offline-wiped = Is everything on the device deleted once the data have been transferred to the service?
    .help = The case worker collects the device and transfers its content to the service at the workplace. After that everything on the device must be deleted, so that the next person who borrows it can see nothing.
    .ref = SKR guidance section 2.2

## Risks to the individuals

risks = Which risks to the individuals does the service bring? Add one risk at a time.
    .label = Risk register
    .help = The risk register is the core of the impact assessment: it describes what could happen to the data subjects, not to the organisation. Think of unauthorised access, changed or lost data, a client's data reaching a relative or the person they are protected from, a child's data reaching the guardian despite secrecy, and a foreign authority demanding the data. Assess each risk before and after the measures and give it an owner.
    .ref = GDPR art. 35.7 c and d, recitals 75, 76 and 90 · SKR guidance section 2.7 · Cybersecurity Act (2025:1506)
    .hint = Give each risk a short name without personal data, for example "Unauthorised person reads protected address".
    .item = risk

risk-harm = What could happen to the individuals?
    .label = What could happen
    .help = Choose what best describes the harm to the data subjects. A guardian can as a rule see data about the child, but not if the child can be assumed to suffer considerable harm from it (OSL ch. 12 s. 3), and for someone with a protected address (skyddad folkbokföring) a disclosed address can lead to violence. Note why it could happen in a note.
    .ref = GDPR recital 75 · OSL (2009:400) ch. 12 s. 3 and ch. 26 s. 1 · Population Registration Act (folkbokföringslagen 1991:481) s. 16
risk-harm--unauthorised-access = Unauthorised people get access to the data
risk-harm--unwanted-change = The data are changed or become wrong
risk-harm--loss = The data are lost
risk-harm--reaches-relative = A client's data reach a relative or someone they are shielded from
risk-harm--reaches-guardian = A child's data reach the guardian despite secrecy
risk-harm--foreign-authority = An authority of another country demands the data
risk-harm--outage = The service or the data cannot be reached when needed
risk-harm--other = Other

risk-before-likelihood = How likely is it, with the protection already in place but without the measures you plan?
    .help = Judge the likelihood from how the service is actually used: how many have access, how the data are transferred, what the vendor and sub-processors can do and whether something similar has happened before. Low means it will hardly happen during the service's life, very high that it can be expected to happen.
    .ref = GDPR recital 76 · SKR guidance section 2.7
risk-before-likelihood--level-1 = low
risk-before-likelihood--level-2 = medium
risk-before-likelihood--level-3 = high
risk-before-likelihood--level-4 = very high

risk-before-consequence = How serious would it be for the individuals if it happened, without the planned measures?
    .help = Start from the individual's situation: threats and violence, discrimination, financial harm, lost trust in social services, a decision based on wrong data or someone not getting help in time. A protected address or a child's data disclosed to the person the child or client is protected from is very serious.
    .ref = GDPR recitals 75 and 76 · OSL (2009:400) ch. 26 s. 1
risk-before-consequence--level-1 = limited
risk-before-consequence--level-2 = significant
risk-before-consequence--level-3 = serious
risk-before-consequence--level-4 = very serious

risk-measures = Which measures are to reduce the risk, who carries them out and when?
    .label = Measures
    .help = Include both technical and organisational measures, for example the security measures the classification calls for, requirements in the contract, procedures, training, or keeping certain data out of the service. State who is responsible and when the measure is to be done. Write no personal data.
    .ref = GDPR art. 25, 32 and 35.7 d
    .hint = At most 400 characters.

risk-after-likelihood = How likely is it once the measures are in place?
    .help = Judge on the same scale as before the measures. The risk counts as high after the measures when likelihood and consequence add up to 6 or more (for example 3 and 3, 2 and 4, or 4 and 2); the overall assessment must then take a position on prior consultation with IMY. The risk matrix under the register shows all risks before and after the measures; a sum of 4 or 5 is medium.
    .ref = GDPR art. 35.7 d and 36.1 · recitals 84 and 94
risk-after-likelihood--level-1 = low
risk-after-likelihood--level-2 = medium
risk-after-likelihood--level-3 = high
risk-after-likelihood--level-4 = very high

risk-after-consequence = How serious would it be for the individuals if it still happened, once the measures are in place?
    .help = Many measures lower the likelihood but not the consequence: a disclosed protected address is just as serious after the measures. Lower the consequence only if the measure actually limits the harm, for example data encrypted with keys only you hold, or sensitive data kept out of the service.
    .ref = GDPR art. 35.7 d and 36.1 · recitals 84 and 94
risk-after-consequence--level-1 = limited
risk-after-consequence--level-2 = significant
risk-after-consequence--level-3 = serious
risk-after-consequence--level-4 = very serious

risk-owner = Which role owns the risk and sees to it that the measures are carried out?
    .label = Owner
    .help = Each risk needs an owner who follows up that the measures are carried out and raises the risk again when something changes. Often that is the information owner for the risks of the work and the system manager or the information security officer for the technical ones.
    .ref = GDPR art. 24 and 35.11 · Cybersecurity Act (2025:1506)

## The impact assessment

dpia-description = Describe the processing systematically: which data about which people, where they come from, who reaches them, where they are stored and for how long.
    .help = The description is the basis of the impact assessment and must make sense to someone who was not at the workshop. Start from the mapping, the information sets and the recipients and follow the data from collection to disposal. Write no personal data.
    .ref = GDPR art. 35.7 a · WP248 rev.01 (Article 29 Working Party guidelines on DPIA, 2017)

dpia-purpose = What are the purposes of the processing, and which need of the work do they meet?
    .help = The purposes decide which data may be processed and for how long. State them concretely enough to test whether each data item is needed, for example "for the young person to rate their own well-being before the follow-up of an intervention", and state the legal basis in the law governing the activity and SoLPUL.
    .ref = GDPR art. 5.1 b and 35.7 a · Act (2001:454) on the processing of personal data in social services (SoLPUL)

dpia-necessity = Why is the processing necessary and proportionate in relation to the purposes?
    .help = Test whether each data item and each part of the processing is needed for the purpose, whether the benefit to the individuals is in reasonable proportion to the intrusion and the risks, how long the data are kept and how the individuals are informed and can exercise their rights. A cloud service being cheaper or easier is not enough by itself.
    .ref = GDPR art. 5, 12–22 and 35.7 b

dpia-alternatives = Which other ways of reaching the purposes have you considered, and why did you reject them?
    .help = Proportionality presumes that no less intrusive way works as well. Examples of alternatives are running it yourselves, a vendor without ties to a third country, fewer data, no free-text fields, pseudonyms instead of personal identity numbers, or keeping data under secrecy in the case management system.
    .ref = GDPR art. 25 and 35.7 b

dpia-minimisation = Have you limited the data to those really needed for the purpose?
    .help = The data must be adequate, relevant and limited to what is necessary. Examples are removing free-text fields and unused questions, using an ID instead of the personal identity number, restricting access rights from the start and shortening the retention period.
    .ref = GDPR art. 5.1 c and 25.2

dpia-views = Have you asked the data subjects, or their representatives, for their views on the processing?
    .help = The GDPR says the controller shall seek the views of data subjects or their representatives where appropriate. That can be a user council, a service users' organisation, a test with some young users, or the staff's union representatives when staff data are involved. If you do not ask, or do not follow the views, the reasons must be documented.
    .ref = GDPR art. 35.9 · WP248 rev.01 (2017) · IMY, Dataskyddsförordningen om konsekvensbedömningar och förhandssamråd (checked November 2026)
dpia-views--asked = Yes, we asked the data subjects themselves
dpia-views--representatives = Yes, we asked their representatives
dpia-views--not-appropriate = No, we judge it not appropriate here
dpia-views--not-asked = No, not done yet

dpia-views-summary = Summarise the views and how you took them into account, or why it is not appropriate to ask.
    .help = Write who was asked and how, what they thought and what it led to. If you judged it not appropriate, for example because asking would reveal who the clients are, write the reasons. Write no personal data.
    .ref = GDPR art. 35.9 · WP248 rev.01 (2017)

dpia-dpo-advice = What advice has the data protection officer given on the impact assessment? Give it in your own words.
    .label = The data protection officer's advice
    .help = The controller must seek the advice of the data protection officer when carrying out an impact assessment, and the advice and the decision should be documented in the assessment. "Yes, the officer was asked" is not enough: write what the officer advised, for example on the need for the assessment, the risks and the measures.
    .ref = GDPR art. 35.2 and 39.1 c · WP248 rev.01 (2017)

dpia-dpo-advice-followed = Do you follow the data protection officer's advice?
    .help = The data protection officer advises but does not decide; responsibility stays with the controller. If you do not follow some advice, wholly or partly, write down the reasons in the assessment.
    .ref = GDPR art. 35.2 and 39.1 c · WP248 rev.01 (2017)
dpia-dpo-advice-followed--followed = Yes, fully
dpia-dpo-advice-followed--partly = Partly
dpia-dpo-advice-followed--not-followed = No

## Contracts and documentation

contract-type = How is the contract for the service made?
    .help = In a procurement or negotiation you can set your own requirements, for example the requirement texts of the security measures. Standard terms accepted with a click can rarely be influenced and may be changed by the vendor during the contract; they suit only information that is neither under secrecy, sensitive nor critical to the work.
    .ref = SKL memo Använd molntjänster på rätt sätt (2013), Standardavtal · Public Procurement Act (2016:1145)
contract-type--negotiated = A negotiated contract
contract-type--procured = A procured contract, for example a framework agreement
contract-type--standard-signed = The vendor's standard contract, signed
contract-type--click-through = Standard terms accepted with a click on the web

contract-click-saved = Have you saved the terms with the date and a screenshot of the acceptance?
    .help = Terms accepted with a click can change without your noticing. Save the terms as they were when you accepted them, with the date, and a screenshot of the acceptance, and watch for changes.
    .ref = SKR guidance section 2.8

contract-dpa = Is there a data processing agreement with the vendor?
    .help = When the vendor processes personal data for you, a written contract is required that among other things gives the vendor instructions. SKR has a template for municipalities and regions, and the European Commission has standard contractual clauses for processing agreements (decision 2021/915). SKR's guidance says standard clauses for third countries can replace the processing agreement; that holds only for the 2021 clauses (2021/914) in module 2 or 3, which also contain what article 28 requires.
    .ref = GDPR art. 28.3 and 28.7 · Commission Implementing Decisions (EU) 2021/915 and 2021/914 of 4 June 2021 · SKR guidance section 2.8
contract-dpa--skr-template = Yes, following SKR's template
contract-dpa--vendor-template = Yes, following the vendor's template
contract-dpa--in-terms = It is part of the vendor's standard terms
contract-dpa--none = No

contract-dpa-content = Does the data processing agreement contain everything article 28 requires?
    .help = Among other things the agreement must say that the vendor processes the data only on your documented instructions, that its staff are bound by confidentiality, which security measures apply, how sub-processors are engaged, how the vendor helps you with the individuals' rights and with incidents, that the data are deleted or returned when the contract ends and that you may audit compliance. Standard terms often lack some of this.
    .ref = GDPR art. 28.3 · SKL memo (2013), Personuppgifter

contract-scc = Which standard contractual clauses apply to the transfer?
    .help = Since 2021 the Commission's standard contractual clauses (decision 2021/914) apply, with four modules by the parties' roles; when the vendor is your processor it is usually module 2, and between processor and sub-processor module 3. The older clauses could only be used for contracts concluded before 27 September 2021, and then no later than 27 December 2022.
    .ref = Commission Implementing Decision (EU) 2021/914 of 4 June 2021, art. 4 · GDPR art. 46.2 c
contract-scc--scc-2021 = The 2021 clauses (2021/914) with the right module
contract-scc--older = Older clauses
contract-scc--not-signed = No clauses have been signed

contract-subprocessor-approval = May the vendor engage new sub-processors only after informing you in advance, so that you can object?
    .help = You need to know and be able to influence who handles the data. A processor may not engage another processor without your prior written authorisation; if the authorisation is general you must be told of changes in advance and be able to object, and the sub-processor must have the same obligations as the processor.
    .ref = GDPR art. 28.2 and 28.4 · SKL memo (2013), checklist item 1

contract-location-stated = Does the contract state where the data are stored, processed and reached from, support and operations included?
    .help = A promise of storage in the EU is not enough. The contract should state in which countries the data are stored and processed and from where support and operations reach them, and that this may not change without your approval. It is the basis for the assessment of each recipient.
    .ref = SKL memo (2013), checklist items 2 and 3 · GDPR art. 28.3 a and 44

contract-ownership = Is it clear that you own the information and that the vendor may not use it for its own purposes?
    .help = It must be clear that the municipality or provider owns the information during and after the contract, and that the vendor may not use it for its own needs such as statistics, product development, marketing or training AI models. A processor that decides purposes of its own becomes controller for that processing.
    .ref = SKL memo (2013), checklist item 4 · GDPR art. 28.10

contract-exit = Does the contract say how the data are returned and deleted when the contract ends?
    .help = When the contract ends you must get the data back in a usable format, and the vendor must delete them, backups included, within a set time and confirm it. Otherwise you risk being locked in with the vendor or data remaining there.
    .ref = SKL memo (2013), checklist item 5 · GDPR art. 28.3 g

contract-documents = Which supporting documents exist for using the service?
    .help = The documents make clear to everyone why and how the service is to be used and who is responsible for what. The guidance proposes a communication plan, procedures and roles (responsibility, period, account management), a description of the service and the information, and manuals for different roles.
    .ref = SKR guidance section 2.8
contract-documents--communication-plan = Communication plan
contract-documents--routines-roles = Procedures and roles, for example account management
contract-documents--information-spec = Description of the service and the information
contract-documents--manuals = Manuals for different roles
contract-documents--none = None yet

## Public records, disposal and archives

records-public-docs = Will the data in the service be official documents (allmänna handlingar) held by the committee?
    .help = Data that an authority keeps, also at a vendor, can be official documents. They must then be disclosable after a secrecy assessment, be kept in order, be disposed of when the law or a decision says so and otherwise be archived. For a private provider the rules on official documents do not apply, but the documentation rules of the Social Services Act and LSS do, and LSS has rules of its own on preservation and disposal for private providers (s. 23 c).
    .ref = Freedom of the Press Act (tryckfrihetsförordningen) ch. 2 · OSL (2009:400) ch. 4–6 · SKL memo (2013), Hantering av allmänna handlingar

records-only-store = Is the service the only place where the documents are kept?
    .help = If the cloud service is the only place of storage, outages, changes to the service or the vendor going away must not lead to documents being lost. The backup must then be arranged and tested, or the documents also kept in the case management system or e-archive.
    .ref = SKL memo (2013), Hantering av allmänna handlingar · OSL (2009:400) ch. 4

records-disclosure = Can you quickly retrieve a document from the service when someone asks to see it?
    .help = Anyone asking for an official document has the right to get it promptly, after a secrecy assessment. That requires that you yourselves can search for and extract data from the service without waiting for the vendor.
    .ref = Freedom of the Press Act ch. 2 · OSL (2009:400) ch. 4–6

records-retention = How long are the data in the service to be kept, and when are they to be disposed of? Give the periods per information set.
    .help = The periods follow from law and from the committee's disposal decisions. Under ch. 12 s. 1–2 of the old Social Services Act (2001:453), which the guidance starts from, personal case files were disposed of five years after the last entry, with exceptions among others for paternity and adoption investigations, placements of children and a sample kept for research; check what applies under the Social Services Act (2025:400), in force from 1 July 2025, and the government's proposal that certain documents in children's case files be disposed of only 30 years after the child's birth (prop. 2025/26:12). LSS has rules of its own, among them s. 23 c for private providers, and data outside the case file, such as logs and survey answers, need periods of their own in the disposal decision (checked November 2026).
    .ref = Social Services Act (socialtjänstlagen 2025:400) · formerly ch. 12 s. 1–2 Social Services Act (2001:453) · LSS (1993:387) s. 23 c · prop. 2025/26:12 · Archives Act (1990:782) · GDPR art. 5.1 e
    .hint = At most 400 characters, for example "Survey answers: disposed of after 1 year. Logs: 2 years. Material in the case file: per SoL".

records-deletion = Can data be disposed of, that is deleted for good including from backups and logs, when the law or the disposal decision says so?
    .help = Data must be disposed of when the rules of the Social Services Act and LSS or the committee's disposal decision under the Archives Act say so, and personal data may not be kept longer than necessary. Many services, especially those built for the US market, are made so that nothing ever disappears. Check how and when data are deleted, also from backups and logs; for data under secrecy or sensitive data it is a serious gap if this cannot be done.
    .ref = Social Services Act (2025:400) · LSS (1993:387) · Archives Act (1990:782) · GDPR art. 5.1 e and 17 · SKL memo (2013), Hantering av allmänna handlingar

records-export = Can the data be exported from the service in a format that can be archived and read far into the future?
    .help = Documents to be preserved must be transferable to an archive, for example an e-archive, in an open and durable format (archival export). This also applies when the contract ends. The archivist can say which formats and metadata the e-archive accepts.
    .ref = Archives Act (1990:782) · SKL memo (2013), Hantering av allmänna handlingar

records-plan = Are the service and its documents included in the committee's information management plan (informationshanteringsplan)?
    .help = The information management plan (sometimes still called dokumenthanteringsplan) describes which documents the committee holds, where they are kept, how long they are kept and when they are disposed of. A new service often brings new places of storage and new kinds of documents, such as survey answers and logs, that need to be added, and disposing of official documents requires a decision.
    .ref = Archives Act (1990:782) · the municipality's archive regulations · OSL (2009:400) ch. 4

records-sosfs = Have you decided which data from the service are to be documented in the individual's case file?
    .help = Documentation in social services cases and LSS activities is governed by the National Board of Health and Welfare's regulations and general advice SOSFS 2014:5 (last amended by HSLF-FS 2022:37), which still refer to the old Social Services Act. Data from the service that matter for a case, for example a self-assessment a decision is based on, must be entered in the case file and not only exist in the cloud service. HSLF-FS 2016:40 governs health-care records and can serve only as a comparison (checked November 2026).
    .ref = SOSFS 2014:5 (HSLF-FS 2022:37) · Social Services Act (2025:400) · LSS (1993:387)

## Overall assessment

overall-high-risk = Does a high risk to the individuals' rights and freedoms remain once the planned measures are in place?
    .label = A high risk remains after the measures
    .help = This is the conclusion of the impact assessment. Start from the risk register: if any risk is high after the measures, the answer is yes. If you nonetheless go ahead with the service you must request prior consultation with IMY before the processing starts; if you refrain from the service, no prior consultation is needed.
    .ref = GDPR art. 35.7 and 36.1 · recital 94 · SKR guidance section 1

overall-recommendation = What does the group recommend?
    .label = The group's recommendation
    .help = The group's recommendation sums up the assessment for the decision by whoever has the power to decide, for example the committee or a delegate. Conditions must be concrete: who does what and when, and the recommendation must match the findings and the risk register.
    .ref = GDPR art. 24 and 35.7 · SKR guidance section 2.7
overall-recommendation--approve = The service can be used
overall-recommendation--approve-with-conditions = The service can be used once the conditions are met
overall-recommendation--postpone = Wait, more information is needed
overall-recommendation--reject = The service should not be used

overall-dpo-opinion = Has the data protection officer given an opinion on the group's overall assessment and recommendation?
    .help = The data protection officer advises on impact assessments and monitors compliance with the data protection rules. The views should be documented with the assessment, also if you choose to act differently, so that whoever decides sees them.
    .ref = GDPR art. 35.2 and 39.1 b and c

overall-decision = What did the person or body with the power to decide decide?
    .label = Decision
    .help = The group recommends, but the decision is made by the committee or by a delegate under the delegation order. Fill it in once the decision is made; it may differ from the group's recommendation, and then the decision should give the reasons.
    .ref = GDPR art. 24 · Local Government Act (kommunallagen 2017:725) ch. 6 s. 37–38 and ch. 7 s. 5
    .hint = Leave the question open until the decision is made.
overall-decision--approve = The service may be used
overall-decision--approve-with-conditions = The service may be used once the conditions are met
overall-decision--postpone = The decision is postponed
overall-decision--reject = The service may not be used

overall-decision-maker = Who made the decision?
    .label = Decision-maker
    .help = Give the committee or the position and, under delegation, the item of the delegation order, for example "The social welfare committee" or "Head of department, delegation order item 1.3".
    .ref = Local Government Act (2017:725) ch. 6 s. 37–38 and ch. 7 s. 5

overall-decision-date = On what date was the decision made?
    .label = Date of decision
    .help = The date shows which version of the assessment the decision concerns and from when the service may be used.
    .ref = GDPR art. 5.2 and 24

overall-diary-number = What is the case's registration number (diarienummer)?
    .label = Reference number (diarienummer)
    .help = The registration number links the assessment to the decision and to the case in the committee's register, so that the documents can be found.
    .ref = OSL (2009:400) ch. 5 s. 1

overall-next-review = When is the assessment to be reviewed next?
    .label = Next review
    .help = The assessment must be reviewed when the risk changes, for example with new functions, new sub-processors or changed terms, and when the rules change. The position on transfers to the USA and the UK can change: the DPF case C-703/25 P is pending and the UK decision applies until 27 December 2031 (checked November 2026). Choose a date, for example in a year.
    .ref = GDPR art. 35.11 · Cybersecurity Act (2025:1506)

## Findings: the impact assessment

finding-dpia-not-minimised = The data are not limited to those needed, or this has not been tested
    .action = The information owner and the system manager go through each data item and function against the purpose and remove what is not needed (free-text fields, personal identity numbers, unused questions, overlong retention) before the service is taken into use.
    .help = Data must be adequate, relevant and limited to what is necessary, and data protection by default applies (GDPR art. 5.1 c and 25.2).

finding-dpia-views-not-asked = The data subjects' views have not been sought, and no reasons are given
    .action = The information owner asks the data subjects or their representatives, for example a user council, a service users' organisation or the staff's union representatives, or documents why that is not appropriate; the lawyer or data protection officer helps with the judgement.
    .help = Views are to be sought where appropriate (GDPR art. 35.9); if you refrain, or do not follow them, the reasons must be documented (WP248 rev.01, 2017).

finding-dpo-advice-not-followed = The data protection officer's advice is not followed in full
    .action = The information owner writes down which advice is not followed and why, and the committee sees both the advice and the reasons before it decides.
    .help = The controller need not follow the advice, but the advice and the reasons for departing from it must be documented in the impact assessment (GDPR art. 35.2 and 39.1 c, WP248 rev.01).

## Findings: security measures the classification calls for

finding-no-access-control = Access rights cannot be limited, or not reliably, to what the work requires
    .action = The system manager requires access rights by role, unit or case (the measure's requirement text can be used) and draws up a procedure for granting and removing rights; until then the information owner limits which data are put in the service.
    .help = Access must be limited to those who need the data in their work (GDPR art. 5.1 f, 25 and 32; KLASSA 4.0, confidentiality).

finding-strong-authentication-unmet = Strong authentication for all users is not ensured
    .action = The IT architect makes sure all users and administrators log in with at least two factors, preferably an e-ID through the municipality's identity solution, and the procurement officer puts the requirement in the contract.
    .help = Confidentiality at level 2 or higher calls for strong authentication; with a password alone anyone who obtains it can read the data (GDPR art. 32).

finding-access-review-unmet = Access rights are not reviewed regularly
    .action = The information owner decides how often access rights are reviewed, and the system manager carries out the review and removes rights no longer needed, administrators' and the vendor's included.
    .help = Rights left behind after someone changed job or left are a common path to unauthorised access (GDPR art. 32.1 d).

finding-unencrypted-transfer = Transfer of the data is not confirmed to be encrypted
    .action = The IT architect checks that all traffic, to apps, links and sub-processors included, is encrypted with a current version of TLS, and no data about individuals go into the service until that is confirmed.
    .help = Data sent unencrypted over the internet can be read and changed by others; for data about individuals that is a serious gap (GDPR art. 32.1 a, SKL memo 2013).

finding-no-encryption-at-rest = Stored data are not confirmed to be encrypted
    .action = The IT architect requires stored data, backups and logs to be encrypted, and the procurement officer puts the requirement in the contract.
    .help = Encryption protects against someone reaching disks or backups (GDPR art. 32.1 a).

finding-no-encryption-at-rest-level-3 = Data with confidentiality at level 3 or higher are stored without confirmed encryption
    .action = Put no data with confidentiality at level 3 or higher in the service until the IT architect has confirmed that they, backups and logs included, are stored encrypted; at the same time the information security officer considers whether you should hold your own keys.
    .help = Level 3 means a disclosure can have serious consequences for individuals, for example when data under social services secrecy reach unauthorised people; that is why the gap weighs more than at lower levels (GDPR art. 32.1 a, KLASSA 4.0).

finding-key-custody-unmet = The vendor, not you, controls the encryption keys
    .action = The information security officer and the IT architect look into managing the keys yourselves; if that cannot be done, the lawyer or data protection officer takes it into the secrecy assessment and the risk register, especially if the vendor or its parent is subject to third-country law.
    .help = Whoever holds the keys can read the data, and can be compelled to hand them over; keys only you hold are a supplementary measure under EDPB Recommendations 01/2020 v2.0.

finding-inactivity-lock-unmet = The service is not reliably locked on inactivity
    .action = The system manager sets automatic locking or logout after a few minutes in browsers and apps, or requires the function from the vendor.
    .help = An open session on an unattended computer or phone gives anyone access (GDPR art. 32, SKR guidance section 2.2).

finding-integrity-protection-unmet = The data are not reliably protected against unauthorised change
    .action = The system manager limits who may change and delete and requires a change history with who and when, and the information owner decides how errors in the data are detected and corrected.
    .help = Decisions about individuals must not rest on data that may have been changed without a trace (GDPR art. 5.1 d and 32.1 b; KLASSA 4.0, integrity).

finding-no-backup = Backup is missing or not ensured
    .action = The system manager requires backups that are taken regularly, kept apart and can be restored, and the procurement officer puts the requirement in the contract.
    .help = GDPR art. 32.1 c requires the ability to restore the data after an incident; simple storage services often have no backup (SKL memo 2013).

finding-no-backup-sensitive = Data under secrecy or sensitive data have no reliable backup
    .action = Put no such data in the service until the system manager has confirmed that they are backed up and can be restored; meanwhile they must also be kept in the case management system.
    .help = If data under secrecy, sensitive data or data about people with protected personal data are lost, the individuals can be seriously harmed, for example if the basis for a protection decision disappears; that is why the gap is serious (GDPR art. 32.1 c).

finding-restore-test-unmet = Restoring from backup has not been tested
    .action = The system manager asks the vendor to show a tested restore, or tests one with part of the data, before the service is taken into use and every year after.
    .help = A copy that has never been restored is no guarantee (GDPR art. 32.1 c and d).

finding-no-continuity-plan = A continuity plan for outages is missing or not rehearsed
    .action = The information owner draws up and rehearses a plan for shorter and longer outages, with fallback procedures and how the data are taken back if the vendor goes away.
    .help = Availability at level 2 means an outage can cause significant harm to the work and the individuals (KLASSA 4.0, availability; Cybersecurity Act 2025:1506).

finding-no-continuity-plan-level-3 = No continuity plan although availability is classified at level 3 or higher
    .action = The information owner draws up and rehearses a continuity plan before the service is taken into use, with fallback procedures for urgent decisions and how the data are taken back if the vendor goes away; the information security officer checks the vendor's plan.
    .help = At level 3 an outage can have serious consequences for individuals, for example if case workers cannot reach data when a child needs protection; that is why the gap weighs more (KLASSA 4.0, availability; Cybersecurity Act 2025:1506).

finding-availability-terms-unmet = The contract lacks clear levels for availability, support and fixing faults
    .action = The procurement officer puts availability, support hours, time to fix faults and a sanction in the contract, based on the information owner's requirements.
    .help = Without agreed levels there is nothing to demand when the service is down (KLASSA 4.0, availability).

finding-no-access-logging = Access is not logged, or you cannot read the logs
    .action = The system manager requires logging of all access to the data and that you can read the logs yourselves.
    .help = Without a log, unauthorised access can be neither detected nor investigated (GDPR art. 5.2 and 32; KLASSA 4.0, traceability).

finding-no-access-logging-sensitive = Access to data under secrecy or sensitive data is not reliably logged
    .action = Put no such data in the service until the system manager has confirmed that all access, administrators' and the vendor's included, is logged and that you can read the logs yourselves; the information security officer decides how they are followed up.
    .help = For data under secrecy and sensitive data it is normally required that you can follow up who has had access (SKL memo 2013, Sekretess och säkerhet); without a log, someone looking up a protected address cannot be detected, which is why the gap is serious.

finding-log-review-unmet = The logs are not followed up regularly
    .action = The information security officer decides who follows up the logs, how often and for which patterns, and what happens on suspicion of unauthorised access.
    .help = Logs that nobody reads detect nothing (GDPR art. 32.1 d; KLASSA 4.0, traceability).

finding-log-protection-unmet = The logs are not protected against change, or not kept for a set time
    .action = The IT architect requires the logs to be protected against change and deletion, administrators included, and the information owner decides how long they are kept.
    .help = A log that the person being logged can change cannot be trusted in an investigation (GDPR art. 32; KLASSA 4.0, traceability).

finding-incident-routine-missing = There is no reliable route for the vendor's incident reports, so notifying IMY within 72 hours may be missed
    .action = The procurement officer puts in the contract how and how quickly the vendor reports incidents, and the information security officer draws up an internal procedure with the lawyer or data protection officer for assessment and notification to IMY.
    .help = A personal data breach must be notified to IMY without undue delay and, where feasible, within 72 hours (GDPR art. 33.1); the processor must inform you without undue delay (art. 33.2). The Cybersecurity Act (2025:1506) may also require reporting (checked November 2026).

finding-supplier-follow-up-missing = No plan to follow up the vendor during the contract
    .action = The system manager plans a yearly follow-up of the vendor (security, sub-processors, locations, incidents, changed terms), and the procurement officer makes sure the contract gives a right to audit.
    .help = The controller's responsibility and the Cybersecurity Act's (2025:1506) supply-chain security requirements apply for the whole contract period (GDPR art. 28.1 and 28.3 h).

finding-deletion-unmet = Data cannot reliably be deleted for good
    .action = The system manager finds out how the service deletes, from backups and logs too, and the procurement officer puts requirements for deletion with written confirmation in the contract.
    .help = Personal data may not be kept longer than necessary, and what is to be disposed of must be removable (GDPR art. 5.1 e and 17).

finding-export-unmet = You cannot yourselves export all data in an open format
    .action = The IT architect requires a complete export with attachments and metadata in a documented open format, and tests it before the service is taken into use.
    .help = Without export you depend on the vendor for a change of vendor, archiving and disclosure (GDPR art. 28.3 g, Archives Act 1990:782).

## Findings: logging in and devices

finding-weak-auth-staff = Staff can log in over the internet with a password only
    .action = The IT architect requires login with at least two factors (BankID, another e-ID, SITHS eID as a card or an app, or a one-time code) and switches off password-only login.
    .help = SKR's guidance (2020) considers it reasonable for social services to have the same protection as health care, where HSLF-FS 2016:40 requires strong authentication over open networks.

finding-weak-auth-individuals = Individuals can log in with a password only, without the exception being met
    .action = The system manager requires BankID, another e-ID or a one-time code by SMS. If that cannot be done, all three conditions of the exception must be met: all history switched off, an ID from social services instead of name or personal identity number, and abandoned answers deleted.
    .help = With a password alone, anyone who knows or guesses it can act as the individual without it being noticed (SKR guidance section 2.2).

finding-single-factor-exception = Individuals log in with a password under the guidance's exception
    .action = The system manager documents the exception and checks regularly that history is switched off, that abandoned answers are deleted and that only social services can link an ID to a person.
    .help = The exception rests on there being no personal data to reach after login; the data are still personal data, but pseudonymised (GDPR art. 4.5, SKR guidance section 2.2).

finding-individual-device-copies = Data may remain on the individual's computer or phone
    .action = The system manager requires that the service keeps no data locally after the transfer, and the users tell the individuals how to log out and clear the device.
    .help = Others in the household can reach a shared computer or phone, including someone the individual may be protected from (SKR guidance section 2.2).

finding-offline-devices = Lent devices do not protect the data well enough
    .action = The system manager sets up the devices so that the data are stored encrypted, the app locks on inactivity and everything is deleted after the transfer, and writes a procedure for lending and return.
    .help = A device that is lent out can be lost or used by someone else (SKR guidance section 2.2, GDPR art. 32).

## Findings: risks

finding-risk-analysis-missing = The risk register is empty: the risks to the individuals have not been assessed
    .action = The information security officer leads a session in which the group enters the risks to the individuals, with likelihood and consequence before and after measures, the measures and an owner for each risk.
    .help = Assessing the risks to the data subjects is the core of an impact assessment (GDPR art. 35.7 c and d) and the basis of the security measures (art. 32) and of risk management under the Cybersecurity Act (2025:1506).

finding-risk-unacceptable = A risk to the individuals is still high after the measures
    .action = The risk's owner proposes further measures that lower the likelihood or the consequence and the group assesses the risk again; if it is still high, the committee must either refrain or request prior consultation with IMY before the processing starts.
    .help = A risk counts as high when likelihood and consequence add up to 6 or more (for example 3 and 3, 2 and 4, or 4 and 2). A remaining high risk requires prior consultation if you go ahead (GDPR art. 36.1, recital 94).

finding-guardian-risk-missing = The risk of a child's data reaching the guardian despite secrecy is not in the risk register
    .action = The group adds the risk and assesses it, helped by the lawyer or data protection officer: could notifications, shared logins, an e-ID the guardian approved, or letters disclose data to the guardian?
    .help = A guardian can as a rule see data about the child, but not if the child can be assumed to suffer considerable harm from it (OSL ch. 12 s. 3); a service children use must handle that.

finding-protected-person-risk-missing = The risk of data about a person with protected personal data reaching the wrong person is not in the risk register
    .action = The group adds the risk and assesses it, helped by the information security officer: could the address, whereabouts or other traces be disclosed through access rights, letters, notifications, logs or the vendor's support?
    .help = For someone with a protected address (folkbokföringslagen s. 16) or a confidentiality marking, a disclosed data item can lead to threats and violence.

## Findings: contracts

finding-click-through-not-saved = The click-through terms have not been saved
    .action = The system manager saves the terms with the date and a screenshot of the acceptance and watches for changes to the terms.
    .help = Click-through terms can change without your noticing (SKR guidance section 2.8).

finding-click-through-sensitive = A click-through agreement is used for data under secrecy or sensitive data
    .action = Do not use the service for such data under a click-through agreement. The procurement officer procures or negotiates a contract with a data processing agreement and the requirements the classification calls for.
    .help = Standard terms that cannot be influenced and can be changed unilaterally do not give the protection that data under secrecy, sensitive data or protected personal data require; that is why the gap is serious (SKL memo 2013, Standardavtal; GDPR art. 28).

finding-no-dpa = No data processing agreement
    .action = The lawyer or data protection officer draws up a data processing agreement, preferably following SKR's template or the Commission's clauses (2021/915), and no personal data go into the service until it is signed.
    .help = GDPR art. 28.3 requires a written contract when someone processes personal data on your behalf.

finding-dpa-incomplete = The data processing agreement lacks parts article 28 requires
    .action = The lawyer or data protection officer compares the agreement with GDPR art. 28.3 and the procurement officer requests the additions needed, for example following SKR's template.
    .help = Standard terms often lack instructions, rules on sub-processors, deletion when the contract ends or a right to audit.

finding-scc-outdated = Valid standard contractual clauses are missing for a transfer
    .action = The lawyer or data protection officer makes sure the 2021 standard contractual clauses (2021/914) are signed with the right module, usually module 2 or 3, and that the transfer is assessed before personal data are transferred.
    .help = The older clauses could be used no later than 27 December 2022 (Implementing Decision 2021/914 art. 4); without a valid basis the transfer breaches GDPR art. 44 and 46.

finding-subprocessor-control = You cannot influence the vendor's choice of sub-processors
    .action = The procurement officer requires in the contract that new sub-processors are announced in advance with a right for you to object, and that sub-processors are bound by the same terms.
    .help = GDPR art. 28.2 and 28.4.

finding-location-not-in-contract = The contract does not state where the data are stored, processed and reached from
    .action = The procurement officer writes into the contract in which countries the data are stored and processed and from where support and operations reach them, and that this may not change without your approval.
    .help = Without it the assessment of recipients and transfers cannot be held to (SKL memo 2013, checklist items 2–3; GDPR art. 28.3 a and 44).

finding-vendor-own-use = The vendor may be able to use the data for its own purposes
    .action = The procurement officer requires the contract to state that you own the information and that the vendor may process it only on your instructions, not for statistics, product development or training AI models.
    .help = A processor that decides purposes of its own becomes controller for that processing (GDPR art. 28.10), and it may be a disclosure that secrecy does not allow.

finding-no-exit-terms = No terms for when the contract ends
    .action = The procurement officer writes in how the data are returned (format and time) and that they are deleted, backups included, with written confirmation.
    .help = GDPR art. 28.3 g; SKL memo 2013, checklist item 5.

finding-routines-missing = Procedures and roles for the service are missing
    .action = The system manager draws up procedures for responsibility, account management and use, and informs the users.
    .help = SKR guidance section 2.8.

## Findings: public records, disposal and archives

finding-only-copy = The service is the only place of storage and backup is not ensured
    .action = The system manager makes sure the documents are backed up and can be restored, or the archivist transfers them to the case management system or e-archive.
    .help = Outages or changes in the service must not lead to official documents being lost (SKL memo 2013, Hantering av allmänna handlingar; OSL ch. 4).

finding-only-copy-sensitive = Documents under secrecy or with sensitive data exist only in the service, without ensured backup
    .action = The information owner makes sure the documents are also entered in the case management system or the e-archive before the service is used for them, and the system manager ensures backup.
    .help = If such documents disappear, decisions about the individuals and their ability to see their own data can be affected, and this cannot be repaired afterwards; that is why the gap is serious.

finding-public-access-hard = Documents cannot be retrieved from the service promptly
    .action = The system manager makes sure you yourselves can search for and extract data from the service and describes in a procedure how a request for disclosure is handled.
    .help = Official documents must be disclosed promptly after a secrecy assessment (Freedom of the Press Act ch. 2, OSL ch. 4–6).

finding-no-deletion = Data cannot be disposed of from the service
    .action = The system manager requires that the service can delete data completely, from backups too, as the law and disposal decisions require, and the archivist enters the periods in the information management plan; otherwise the information owner limits what is put in the service.
    .help = Data to be disposed of under the Social Services Act, LSS or the committee's disposal decision must be removable, and personal data may not be kept longer than necessary (GDPR art. 5.1 e).

finding-no-deletion-sensitive = Data under secrecy or sensitive data cannot be disposed of from the service
    .action = Put no such data in the service until the system manager has confirmed that they can be deleted completely, from backups too, as the law and disposal decisions require; the archivist enters the periods in the information management plan.
    .help = Data about individuals' personal circumstances that remain after the disposal period can be disclosed long after they were needed, and the statutory disposal rules exist to protect the individuals; that is why the gap is serious (GDPR art. 5.1 e and 9).

finding-no-archive-export = Archival export from the service is not possible
    .action = The archivist and the IT architect require export in an open and durable format and test an archival export to the e-archive before the service is taken into use.
    .help = Documents to be preserved must be archivable (Archives Act 1990:782).

finding-not-in-records-plan = The service is not in the information management plan
    .action = The archivist enters the service's documents, place of storage, preservation and disposal periods in the committee's information management plan (informationshanteringsplan), and the committee decides on disposal.
    .help = The plan is the basis for order, disclosure and disposal of the committee's documents (Archives Act 1990:782).

finding-documentation-outside-record = It has not been decided what from the service is to be documented in the individual's case file
    .action = The information owner decides which data from the service are to be entered in the case file and writes it into the procedure, and the users are told.
    .help = Documentation in social services and LSS cases is governed by SOSFS 2014:5 (checked November 2026).

## Findings: the overall assessment

finding-prior-consultation = A high risk remains but the service is recommended or decided to be used: prior consultation with IMY is required before the processing starts
    .action = The committee does not let the processing start until the lawyer or data protection officer has requested prior consultation with IMY with the impact assessment and IMY has responded, or further measures have lowered the risk; the alternative is to refrain from the service.
    .help = Where an impact assessment shows a high risk that has not been mitigated, IMY must be consulted before the processing (GDPR art. 36.1, recital 94); IMY as a rule responds within eight weeks, a period that can be extended by six weeks (art. 36.2). If you refrain from the service, no prior consultation is needed.

finding-risk-unclear = It is unclear whether a high risk remains
    .action = The information security officer and the lawyer or data protection officer complete the risk register and the impact assessment so that the group can take a position before the decision.
    .help = Whether a high risk remains decides whether prior consultation with IMY is required (GDPR art. 36).

finding-dpo-not-heard = The data protection officer has not given an opinion on the overall assessment
    .action = The information owner asks the data protection officer (the role lawyer or data protection officer) for a written opinion and adds it to the assessment before the committee decides.
    .help = The data protection officer advises on the impact assessment and monitors compliance with the rules (GDPR art. 35.2 and 39.1 b and c).

## The reference catalogue: each source once, with its full title
source-gdpr = Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on the protection of natural persons with regard to the processing of personal data and on the free movement of such data (General Data Protection Regulation)
    .short = GDPR
source-nis2 = Directive (EU) 2022/2555 of the European Parliament and of the Council of 14 December 2022 on measures for a high common level of cybersecurity across the Union (NIS 2 Directive)
    .short = NIS 2 Directive
source-scc = Commission Implementing Decision (EU) 2021/914 of 4 June 2021 on standard contractual clauses for the transfer of personal data to third countries
    .short = SCC 2021/914
source-art28-clauses = Commission Implementing Decision (EU) 2021/915 of 4 June 2021 on standard contractual clauses between controllers and processors
    .short = Clauses 2021/915
source-dpf = Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the adequate level of protection of personal data under the EU-US Data Privacy Framework
    .short = DPF decision 2023/1795
source-uk-adequacy = Commission Implementing Decision (EU) 2021/1772 of 28 June 2021 on the adequate protection of personal data by the United Kingdom, extended in 2025 and renewed by new implementing decisions of 19 December 2025, valid until 27 December 2031 (checked November 2026)
    .short = UK adequacy decision
source-schrems-ii = Judgment of the Court of Justice of 16 July 2020, Data Protection Commissioner v Facebook Ireland Ltd and Maximillian Schrems (Schrems II)
    .short = Schrems II
source-latombe = Judgment of the General Court of 3 September 2025, Latombe v Commission (action dismissed)
    .short = Latombe T-553/23
source-latombe-appeal = Appeal against the Latombe judgment, Case C-703/25 P, lodged on 31 October 2025, pending (checked November 2026)
    .short = Appeal C-703/25 P
source-edpb-01-2020 = European Data Protection Board, Recommendations 01/2020 on measures that supplement transfer tools to ensure compliance with the EU level of protection of personal data, version 2.0
    .short = EDPB 01/2020
source-edpb-05-2021 = European Data Protection Board, Guidelines 05/2021 on the interplay between the application of Article 3 and the provisions on international transfers as per Chapter V of the GDPR, version 2.0
    .short = EDPB 05/2021
source-wp248 = Article 29 Working Party, Guidelines on Data Protection Impact Assessment (DPIA) and determining whether processing is likely to result in a high risk for the purposes of Regulation 2016/679
    .short = WP 248
source-tf = The Freedom of the Press Act (Tryckfrihetsförordningen)
    .short = TF
source-osl = The Public Access to Information and Secrecy Act (offentlighets- och sekretesslagen)
    .short = OSL
source-sol = The Social Services Act (socialtjänstlagen)
    .short = SoL
source-lss = The Act concerning Support and Service for Persons with Certain Functional Impairments (LSS)
    .short = LSS
source-lvu = The Care of Young Persons (Special Provisions) Act (LVU)
    .short = LVU
source-lvm = The Care of Abusers (Special Provisions) Act (LVM)
    .short = LVM
source-solpul = The Act on the Processing of Personal Data in the Social Services (SoLPUL)
    .short = SoLPUL
source-solpuf = The Ordinance on the Processing of Personal Data in the Social Services
    .short = SoLPUF
source-dsl = The Act containing supplementary provisions to the EU General Data Protection Regulation (dataskyddslagen)
    .short = Data Protection Act
source-dsf = The Ordinance containing supplementary provisions to the EU General Data Protection Regulation
    .short = Data Protection Ordinance
source-kl = The Local Government Act (kommunallagen)
    .short = Local Government Act
source-arkl = The Archives Act (arkivlagen)
    .short = Archives Act
source-outsourcing-confidentiality = The Act on professional secrecy when technical processing or storage of data is outsourced
    .short = Act 2020:914
source-csl = The Cybersecurity Act (cybersäkerhetslagen)
    .short = Cybersecurity Act
source-csf = The Cybersecurity Ordinance
    .short = Cybersecurity Ordinance
source-fbl = The Population Registration Act (folkbokföringslagen)
    .short = Population Registration Act
source-lou = The Public Procurement Act (LOU)
    .short = Public Procurement Act
source-bb = The Swedish Criminal Code (brottsbalken)
    .short = Criminal Code
source-fb = The Children and Parents Code (föräldrabalken)
    .short = Children and Parents Code
source-crc = The Act on the United Nations Convention on the Rights of the Child
    .short = UN CRC Act
source-sosfs-2014-5 = The National Board of Health and Welfare's regulations and general advice on documentation in activities under SoL, LVU, LVM and LSS, as amended by HSLF-FS 2022:37
    .short = SOSFS 2014:5
source-hslf-fs-2016-40 = The National Board of Health and Welfare's regulations and general advice on record keeping and the processing of personal data in health care
    .short = HSLF-FS 2016:40
source-prop-2019-20-201 = Government bill 2019/20:201 on professional secrecy when technical processing or storage of data is outsourced
    .short = Bill 2019/20:201
source-prop-2022-23-97 = Government bill 2022/23:97 on disclosure despite secrecy for technical processing or technical storage of data
    .short = Bill 2022/23:97
source-prop-2025-26-12 = Government bill 2025/26:12 on stronger protection for children at risk
    .short = Bill 2025/26:12
source-imy-list = Decision of Datainspektionen (now the Swedish Authority for Privacy Protection, IMY) on the list under Article 35(4) GDPR of processing that requires a DPIA (checked November 2026)
    .short = IMY's list
source-imy-dpia = IMY, the GDPR on impact assessments and prior consultation (web page, checked November 2026)
    .short = IMY on DPIAs
source-imy-work = IMY, impact assessment, section Working life (web page, checked November 2026)
    .short = IMY on DPIAs at work
source-skr-guidance = Swedish Association of Local Authorities and Regions (SKR), guidance for the social services on cloud services (2020)
    .short = SKR's guidance
source-skl-memo = Swedish Association of Local Authorities and Regions (then SKL), Use cloud services the right way (memo, 2013)
    .short = SKL's memo
source-skr-position = Swedish Association of Local Authorities and Regions, position on information handling in cloud services
    .short = SKR's position
source-esam-2018 = eSam, legal statement on disclosure and cloud services (2018)
    .short = eSam 2018
source-esam-2023 = eSam, memo on the adequacy decision and the new secrecy-breaking provision (2023, checked November 2026)
    .short = eSam 2023
source-klassa = Swedish Association of Local Authorities and Regions, Klassa 4.0, information classification (published 27 June 2024)
    .short = KLASSA 4.0
source-iso-27002 = ISO/IEC 27002:2022 Information security, cybersecurity and privacy protection — Information security controls
    .short = ISO/IEC 27002
source-digg-trust = Agency for Digital Government (DIGG), trust framework for Swedish e-identification
    .short = DIGG's trust framework
source-digg-eid = Agency for Digital Government (DIGG), elegitimation.se (checked November 2026)
    .short = elegitimation.se
source-siths = Inera, SITHS eID (checked November 2026)
    .short = SITHS eID
source-freja = Freja eID, frequently asked questions (checked November 2026)
    .short = Freja eID
source-bankid = BankID, questions about ordering
    .short = BankID
source-cloud-act = Clarifying Lawful Overseas Use of Data Act (CLOUD Act), United States
    .short = CLOUD Act
source-skv-protected = The Swedish Tax Agency's legal guidance on sekretessmarkering (marking of protected personal data)
    .short = Swedish Tax Agency on sekretessmarkering
