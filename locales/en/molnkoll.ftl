# molnkoll: the program's own texts (interface, command line, errors).
# The questionnaire's texts are in questionnaire.ftl.

## Command line

cli-about = Guides social services through the assessment of a cloud service, question by question.
cli-cmd-new = Create a new assessment file, print its path and exit
cli-cmd-validate = Check the questionnaire FILE (NAME.ron, with its texts in NAME.sv.ftl and NAME.en.ftl beside it; default: the embedded one)
cli-cmd-show = Print one line per given answer (for git diff)
cli-cmd-list = List the assessments in the data directory, with their progress
cli-arg-lang = Language: sv or en (else from LANG)
cli-arg-questionnaire = Use another questionnaire than the embedded one
cli-arg-data-dir = The directory where assessments are saved
cli-arg-projector = Projector mode: large text, high contrast
cli-arg-file = The assessment file (NAME.molnkoll.ron)
cli-arg-title = The assessment's title

default-title = New assessment

list-empty = No assessments in { $dir }.
list-row = { $title }  { $answered }/{ $visible } answered  { $high } high  changed { $changed }  { $path }

validate-summary = { $count ->
    [0] { $file }: no problems.
    [one] { $file }: one problem.
   *[other] { $file }: { $count } problems.
}

warning-stale-content = Warning: the content was last checked on { $date }, more than a year ago. Statutes, adequacy decisions and IMY's list may have changed.

## Answer state

state-settled = no flag
state-follow-up = follow up
state-ask-supplier = ask the supplier
state-disputed = disputed

## Errors

error-unexpected = an unexpected error occurred: { $detail }
error-read = could not read { $path }: { $reason }
error-not-utf8 = { $path } is not a UTF-8 text file. The file has not been changed.
error-empty-file = { $path } is empty; a file of type { $expected } was expected. The file has not been changed.
error-foreign-file = { $path } is a { $found }, not an { $expected }. Check that you named the right file; it has not been changed.
error-truncated-file = { $path } ends in the middle: the file looks truncated. Restore it from git or a backup; it has not been changed.
error-ron-syntax = the file cannot be read ({ $detail }). Fix the line or restore the file from git; it has not been changed.
error-newer-format = { $path } was written by a newer version of molnkoll (format { $format }; this version reads format { $supported }). Update molnkoll; the file has not been changed.
error-save = could not save { $path }: { $reason }
error-exists = { $path } already exists; choose another name or open the file.
error-lock = could not lock { $path }: { $reason }. Check that you may write in its folder, or copy the assessment to a folder of your own.
error-locked = { $path } is already open in another molnkoll (process { $pid } on computer { $host }). Close that one first.
error-no-data-dir = found no data directory for the user; give one with --data-dir or MOLNKOLL_DATA_DIR.

## Questionnaire validation

validate-bad-id = id "{ $id }" is invalid: use lower-case letters a-z, digits and single hyphens, starting with a letter.
validate-duplicate-id = id "{ $id }" is already used (first at { $first }).
validate-bad-date = content_as_of "{ $value }" is not a date; write YYYY-MM-DD.
validate-no-sections = the questionnaire has no sections.
validate-empty-section = section "{ $id }" has no questions.
validate-no-options = question "{ $id }" has no options.
validate-duplicate-option = question "{ $question }" has option "{ $option }" twice.
validate-unknown-option = question "{ $question }" has no option "{ $option }".
validate-bad-level-range = question "{ $id }" has an invalid level scale (lowest must not exceed highest, at most 9).
validate-bad-text-limit = question "{ $id }" must allow at least one character.
validate-bad-number-range = question "{ $id }" has a minimum above its maximum.
validate-level-out-of-range = level { $level } is outside the scale of question "{ $question }".
validate-wrong-kind = the condition is for a question of kind { $expected }, which "{ $question }" is not; for this question write e.g. { $form }.
validate-empty-condition = All([]) or Any([]) without conditions.
validate-bad-at-least = AtLeast({ $n }, ...) with { $count } conditions: n must be between 1 and the number of conditions.
validate-unknown-question = there is no question "{ $id }".
validate-forward-reference = the show_if of "{ $question }" names "{ $id }", which does not come before it. A condition may only build on earlier questions.
validate-bad-format = format { $format } is not known: this version reads questionnaire formats 1 and 2.
validate-needs-format-2 = { $construct } is part of questionnaire format 2: add `format: 2,` at the top of the questionnaire (conditions are then read in three-valued logic, see docs/questionnaire-format.md).
validate-nested-group = repeat group "{ $id }" is inside another group: groups cannot be nested.
validate-empty-group = repeat group "{ $id }" has no questions.
validate-not-a-group = "{ $id }" is not a repeat group (a question of kind Group).
validate-bad-max = Max("{ $group }", "{ $question }"): the question must be a level or number question of that group.
validate-rename-in-use = "{ $id }" is renamed away but still in use: a rename's old id must no longer exist.
validate-not-applicable-not-allowed = question "{ $question }" does not allow "not applicable": add `not_applicable: true` to it, or test for another answer.
validate-outside-group = "{ $id }" is asked once per item of group "{ $group }": name it inside AnyItem("{ $group }", ...) or EveryItem("{ $group }", ...), or from a question of that group.
validate-unknown-condition = there is no named condition "{ $name }" in `conditions`.
validate-named-cycle = named condition "{ $name }" refers back to itself: { $path }.
validate-named-outside-group = named condition "{ $name }" names "{ $id }" of group "{ $group }", but is used outside that group: use it inside AnyItem("{ $group }", ...) or EveryItem("{ $group }", ...).
validate-named-forward-reference = the show_if of "{ $question }" uses named condition "{ $name }", which names "{ $id }": that does not come before it. A condition may only build on earlier questions.
validate-ftl-syntax = error in the Fluent file: { $detail }
validate-missing-text = the text "{ $id }" is missing in { $lang } in { $file }.

## The interview

answer-yes = Yes
answer-no = No
answer-unknown = Unknown yet
item-answer-label = { $item }: { $question }
item-label = { $kind } “{ $item }”
answer-not-applicable = Not applicable

ui-position = { $section-number } { $section } · question { $number } of { $count }
ui-question-of = Question { $number } of { $count }
ui-note = Note
ui-no-note = (no note; e to write one)
ui-state = State
ui-no-answer-typed = (no answer yet; Enter to type one)
ui-text-limit = at most { $max } characters
ui-editing-answer = Answer (Enter saves, Esc cancels)
ui-editing-note = Note (Esc or Ctrl+S saves, Enter new line)
ui-findings = Findings:
ui-findings-title = Findings now
ui-no-findings = No findings yet.
ui-action = Action:
ui-saved = ✓ saved
ui-saving = … saving
ui-save-failed = ✗ NOT SAVED
ui-too-small = The window is too small. Make it at least { $width } × { $height } characters.

ui-keys-yes-no = y yes  n no  u unknown yet
ui-keys-choice = 1-9 choose  ↑↓ ␣ select
ui-keys-multi = 1-9 ␣ tick/untick
ui-keys-level = digit = level  ↑↓ ␣ select
ui-keys-typed = Enter type the answer
ui-keys-typed-editing = Enter save  Esc cancel
ui-keys-note = Esc save the note  Enter new line
ui-keys-common = ←/→ browse  e note  s state  Tab overview  f findings  ? help  q quit
ui-keys-overview = ↑↓ choose a question  Enter go there  Tab/Esc close
ui-keys-title = Enter create the assessment  Esc cancel

ui-overview-title = Overview
ui-hidden = not asked
ui-hidden-kept = not asked now, the answer is kept

ui-help-title = Keys
ui-help-yes-no = yes, no, unknown yet
ui-help-digits = choose an option or a level
ui-help-space = select the highlighted option (tick in a multiple choice)
ui-help-cursor = move the highlight among the options
ui-help-enter = confirm and move on
ui-help-move = previous / next question
ui-help-overview = overview of sections and questions
ui-help-note = write the group's note (decision, rationale)
ui-help-typed = type the answer of a text question
ui-help-state = change the state: follow up, ask the supplier, disputed
ui-help-clear = remove the answer (the note stays)
ui-help-findings = show the findings and what they rest on
ui-help-text = show or hide the help text
ui-help-jump = jump to a question (number or search words)
ui-help-projector = projector mode on/off
ui-help-help = this help
ui-help-quit = quit (everything is already saved)

ui-jump-title = Jump to a question
ui-jump-prompt = Number or search words (Enter goes to the first match)

ui-confirm-quit-title = The answers are not saved
ui-confirm-quit-lead = The latest change could not be saved.
ui-confirm-quit = Press q again to quit anyway (the unsaved changes are lost) or Esc to stay and try again.

ui-new-title = New assessment
ui-new-prompt = What should the assessment be called? Write, for example, the names of the service and the vendor.
ui-title = Title

notice-title-required = Write a title first.
notice-text-too-long = The answer may be at most { $max } characters (now { $count }).
notice-not-a-number = "{ $value }" is not a whole number.
notice-number-out-of-range = { $value } is outside the allowed range { $range }.
notice-not-a-date = "{ $value }" is not a date; write YYYY-MM-DD.
notice-not-typed = This question is answered with the keys, not with text.
notice-question-hidden = The question is not asked with the answers given now.

error-wrong-questionnaire = { $path } belongs to the questionnaire "{ $found }", not "{ $expected }". Name the right one with --questionnaire; the file has not been changed.
cli-cmd-open = Open the interview on an assessment file

## The report

report-subtitle = Assessment of a cloud service in the social services
report-summary = Summary
report-progress = Questions answered: { $answered } of { $visible }.
report-finding-counts = Findings: serious { $high }, warnings { $warning }, for information { $info }.
report-supplier-count = Questions for the supplier: { $count }.
report-findings = Findings
report-no-findings = No findings with the answers given.
report-severity-high = Serious
report-severity-warning = Warning
report-severity-info = For information
report-action = Action:
report-reasons = Based on the answers:
report-action-plan = Action plan
report-no-actions = No actions.
report-col-action = Action
report-col-finding = Finding
report-col-owner = Owner
report-col-due = Due
report-supplier = Questions for the supplier
report-none = None.
report-answers = The answers, section by section
report-answer = Answer
report-unanswered = unanswered
report-state = State
report-note = Note
report-reference = Reference
report-unanswered-heading = Unanswered questions
report-flagged-heading = To follow up, and disputed
report-not-applicable-heading = Not applicable
report-orphans-heading = Answers to questions that no longer exist
report-orphans-explanation = The questionnaire has changed since these answers were given. They are kept but are not part of the assessment.
report-references = Legal references and sources
report-footer = Exported with molnkoll { $version }, questionnaire { $questionnaire } version { $questionnaire-version }, content checked { $content-date }.
report-footer-commit = Exported with molnkoll { $version }, questionnaire { $questionnaire } version { $questionnaire-version }, content checked { $content-date }, from git commit { $commit }.
cli-cmd-export = Write the assessment as a Markdown report (default: to standard output)
cli-arg-output = Write the report to this file
export-written = The report was written to { $path }.

ui-conflict = ⚠ Different answers on two branches: ours { $ours }, theirs { $theirs }. Answer again to settle it.
ui-reconfirm = ⟳ The question has changed since it was answered. Check the answer and confirm with Enter.
ui-no-value = no answer

## diff, merge, check

diff-none = No differences.
diff-title = Title
diff-answer = answer
diff-state = state
diff-note = note
diff-no-value = no answer
diff-findings-appeared = Findings that appeared:
diff-findings-gone = Findings that went away:
cli-cmd-diff = Show what changed between two assessments, question by question
cli-arg-git = Compare FILE with its version at the git revision REV (diff --git REV FILE)
cli-cmd-merge = Three-way merge of assessments (git merge driver); the result is written to OURS
cli-cmd-check = Check assessments without opening them: open questions, findings without an owner, contradictions, old content, personal numbers
merge-conflicts = { $count ->
    [one] One conflict must be settled in molnkoll: { $ids }
   *[other] { $count } conflicts must be settled in molnkoll: { $ids }
}
error-merge-questionnaires = the assessments belong to different questionnaires ("{ $ours }" and "{ $theirs }") and cannot be merged.
error-git = git could not produce { $path } at { $rev }: { $reason }
check-unanswered = unanswered: { $question } [{ $id }]
check-no-owner = serious finding without an owner: { $finding } [{ $id }]
check-contradiction = contradiction: { $text } [{ $reasons }]
check-reconfirm = the question changed since it was answered, confirm the answer: { $question } [{ $id }]
check-conflict = different answers on two branches, not settled yet: { $question } [{ $id }]
check-summary = { $count ->
    [0] { $file }: nothing to act on.
    [one] { $file }: one thing to act on.
   *[other] { $file }: { $count } things to act on.
}
cli-diff-usage = give two files (OLD NEW), or --git REV and one file
cli-arg-files = The assessment files
cli-arg-base = The common ancestor (git: %O)
cli-arg-ours = Our version; the result is written here (git: %A)
cli-arg-theirs = Their version (git: %B)
ui-help-export = write the report, supplier questions and action plan beside the file
error-export-unsaved = the assessment is not saved yet; answer a question first.
ui-owner = Owner:
ui-due = Due:
ui-not-set = (not set)
ui-owner-prompt = Who owns the action? (Enter saves, Esc cancels)
ui-due-prompt = Due by, YYYY-MM-DD (Enter saves, Esc cancels)
ui-keys-findings = ↑↓ choose a finding  o owner  d due date  f/Esc close
check-text-too-long = the answer is longer than { $max } characters: { $question } [{ $id }]
error-no-terminal = the interview needs a terminal, and output does not go to one. Use show, export or check in scripts.
error-terminal = the terminal could not be set up: { $reason }
notice-personal-number = { $count ->
    [one] The text seems to contain a personal identity number ({ $numbers }).
   *[other] The text seems to contain personal identity numbers ({ $numbers }).
} Remove it, or save again to confirm that it should stay.
check-personal-number = personal identity number in the text ({ $place }): { $numbers }

## An interview a room can trust (issue 13)
info-undone = Undone: the change to question { $number } (Ctrl+Y redoes it).
info-redone = Redone: the change to question { $number }.
ui-keys-yes-no-13 = y yes  n no  u unknown yet
ui-keys-choice-13 = 1-9 choose  u unknown yet  ↑↓␣ select
ui-keys-multi-13 = 1-9 ␣ tick/untick  u unknown yet
ui-keys-level-13 = digit = level  u unknown yet  ↑↓ ␣
ui-keys-typed-13 = type = answer  F2 edit  Del clear
ui-keys-typed-editing-13 = Enter save, next  Esc save, stay  Ctrl+Z undo
ui-keys-note-13 = Esc save and close  Enter new line  Ctrl+Z undo
ui-keys-common-13 = Tab overview  f findings  Enter next  ←/→ browse  e note  s state  Ctrl+Z undo  ? all keys  q quit
ui-keys-common-typed-13 = Tab overview  Ctrl+F findings  Enter next  ←/→ browse  Ctrl+E note  Ctrl+T state  Ctrl+Z undo  F1 all keys  Ctrl+Q quit
ui-keys-overview-13 = ↑↓ choose  Enter go there  s summary  Tab/Esc close
ui-keys-findings-13 = ↑↓ choose  o owner  d due date  Ctrl+Z undo  Esc close
ui-keys-summary-13 = ↑↓ choose  o owner  d due date  x report  Tab overview  Esc back
ui-keys-title-13 = Enter or Esc creates the assessment  Ctrl+C cancel
ui-owner-prompt-13 = Who owns the action? (Enter or Esc saves)
ui-due-prompt-13 = Due by, YYYY-MM-DD (Enter or Esc saves)
ui-editing-answer-13 = Answer (Enter saves and moves on, Esc saves)
ui-editing-note-13 = Note (Esc saves, Enter new line)
ui-no-answer-typed-13 = (no answer yet: type to answer)
ui-no-note-13 = (no note)
ui-progress = { $answered } answered · { $unknown } unknown yet{ $na ->
    [0] {""}
   *[other] {" "}· { $na } not applicable
} of { $total }
ui-total = { $total } questions{ $follow ->
    [0] {""}
    [one] , one of them a follow-up
   *[other] , { $follow } of them follow-ups
}
ui-position-13 = { $section-number } { $section } · question { $number } of { $count }
ui-projector-findings = Findings: ▲ { $high } high · ● { $warning } warnings · i { $info } info
ui-projector-state = State:
ui-summary-title = Summary
ui-summary-lead = This remains before the assessment is complete. Everything is saved.
ui-summary-unanswered = Unanswered
ui-summary-unknown = Unknown yet
ui-summary-disputed = Disputed
ui-summary-open = Follow up or ask the supplier
ui-summary-changed = Changed since answered (confirm again)
ui-summary-high = High findings
ui-summary-no-owner = no owner
ui-summary-none = none
ui-summary-export = The report: x writes it next to the assessment file.
ui-more = ↓ more
ui-help-keys-13 = Keys
ui-help-legend = Symbols
ui-help-yes-no-13 = yes, no, unknown yet (y n u, or Swedish j n v)
ui-help-enter-13 = move on; never gives an answer (an unanswered question is skipped)
ui-help-typing = text, number and date questions: just type, every key types; F2 edits the answer
ui-help-esc = in a text box: keeps what was typed and closes it (the same in every box)
ui-help-clear-13 = remove the answer (the note stays; Ctrl+Z undoes it)
ui-help-undo = undo / redo every change since the interview was opened
ui-help-ctrl = on text questions: Ctrl+E note, Ctrl+T state, Ctrl+F findings, Ctrl+G jump, Ctrl+P projector, Ctrl+Q quit
ui-help-summary = the summary (from the overview; also shown after the last question)
ui-legend-high = high finding
ui-legend-warning = warning
ui-legend-info = information
ui-legend-answered = answered
ui-legend-unknown = unknown yet
ui-legend-unanswered = unanswered
ui-legend-follow-up = follow up
ui-legend-ask = ask the supplier
ui-legend-disputed = disputed
ui-legend-hidden = not asked (follows from earlier answers)
ui-legend-chosen = chosen option / ticked
ui-legend-cursor = the highlight (␣ chooses it)
ui-key-yes = y
ui-key-no = n
ui-key-unknown = u
cli-arg-theme = Background: light or dark; otherwise the terminal is asked
ui-more-help = ? shows the whole help text
ui-help-scroll = ↑↓ scroll, other keys close

## Repeat groups and "not applicable"
notice-item-name-required = An item needs a name: nothing was added.
notice-not-applicable-not-allowed = This question cannot be answered "not applicable".
notice-choose-again = The answer names an option the question no longer has: choose again.
info-item-removed = Removed, with its answers. Ctrl+Z brings it back.
ui-editing-item-name = Name · Enter keeps it · Esc keeps it too
ui-group-empty = No { $kind } yet.
ui-group-keys = a add { $kind } · r rename · d remove · ↑ ↓ choose · → its questions
ui-confirm-remove-item = Remove “{ $item }” and all its answers? y yes · any other key keeps it
ui-keys-item-name = Enter keep the name  Esc keep it too
ui-keys-group = a add  r rename  d remove  ↑↓ choose  → questions

## Validation of questionnaire texts

# For `validate --help`, once the command line looks up cli-arg-SUBCOMMAND-ARG first.
cli-arg-validate-file = The questionnaire: NAME.ron, with its texts in NAME.sv.ftl and NAME.en.ftl beside it (default: the embedded one)
validate-ftl-unknown-message = the text refers to the message "{ $id }", which does not exist, so it would be shown as "{"{"} { $id } {"}"}".
validate-ftl-unknown-term = the text refers to the term "{ $id }", which does not exist, so it would be shown as "{"{"} { $id } {"}"}".
validate-ftl-unknown-message-near = the text refers to the message "{ $id }", which does not exist; did you mean "{ $suggestion }"?
validate-ftl-unknown-term-near = the text refers to the term "{ $id }", which does not exist; did you mean "{ $suggestion }"?
validate-ftl-unknown-attribute = the text refers to "{ $id }.{ $attribute }", but "{ $id }" has no attribute "{ $attribute }".
validate-ftl-variable = the text uses the variable "${ $id }", but questionnaire texts get no variables: it would be shown as is. Write the text out.
validate-ftl-unknown-function = the text calls the function "{ $id }", but no functions are available to questionnaire texts.
validate-ftl-duplicate = "{ $id }" is defined a second time (first at { $first }); only the last one counts. Remove one of them.
validate-ftl-missing-file = the { $lang } texts are missing: { $questionnaire } expects them in { $file }, beside it.
validate-ftl-no-messages = { $file } holds no messages, so every { $lang } text is missing.
validate-control-character = control character { $code } in the text: remove it (it would garble the terminal).
validate-unknown-question-near = there is no question "{ $id }"; did you mean "{ $suggestion }"?
validate-unknown-option-near = question "{ $question }" has no option "{ $option }"; did you mean "{ $suggestion }"?
validate-unused-text = the text "{ $id }" is used by nothing in the questionnaire.
validate-unused-text-near = the text "{ $id }" is used by nothing in the questionnaire; did you mean "{ $suggestion }"?
validate-ftl-program-id = "{ $id }" is the id of one of the program's own texts, which this text would replace: give the section, question or option another id.
validate-warning = warning: { $text }
ui-pending-heading = Would fire, or not, once these are answered:
ui-pending-open = {"  "}waits for: { $questions }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }

## Where officers work: Windows, a fully Swedish command line, a binary to hand out

error-save-held = could not save { $path }: another program (perhaps an antivirus scanner or OneDrive) holds the file open, still after { $attempts } attempts. Wait a moment or close that program and save again; nothing saved before has been lost.

# clap's own texts: headings, placeholders and usage errors.
cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-value-command = COMMAND
cli-value-options = [OPTIONS]
cli-value-file = FILE
cli-value-files = FILE
cli-value-title = TITLE
cli-value-output = OUT
cli-value-git = REV
cli-value-base = BASE
cli-value-ours = OURS
cli-value-theirs = THEIRS
cli-value-lang = LANG
cli-value-questionnaire = PATH
cli-value-data-dir = DIR
cli-value-shell = SHELL
cli-value-theme = THEME
cli-arg-help = Print this help
cli-arg-version = Print the version
cli-arg-shell = The shell: bash, zsh, fish or powershell
cli-cmd-completions = Print command-line completions for a shell
cli-env = [env: { $name }]
cli-error-more = For more, try: { $command } --help
cli-error-suggestion = (did you mean { $suggestion }?)
cli-error-unknown-argument = unexpected argument: { $arg }
cli-error-unknown-command = unknown command: { $command }
cli-error-invalid-value = { $value } is not a valid value for { $arg }; choose from { $valid }
cli-error-missing-argument = missing: { $arg }
cli-error-missing-command = give a command
cli-error-wrong-number = wrong number of values for { $arg }
cli-error-conflict = { $arg } cannot be used with { $other }
cli-error-no-equals = { $arg } needs its value after an equals sign (=)
cli-error-invalid-utf8 = the command line holds characters that are not valid UTF-8
cli-error-usage = the command line could not be read

## Safe with others: concurrent writers, git, symlinks, hostile files, and the personal-number guard
error-symlink = { $path } is a symbolic link (to { $target }); molnkoll never writes through a link. Open the file it points to instead.
error-not-a-file = { $path } is not a regular file; name an assessment file.
error-read-only = { $path } is read-only, so molnkoll leaves it as it is. Make it writable (chmod u+w) if it should change.
error-too-large = { $path } is larger than { $limit } MB, far more than any assessment; it has not been read or changed. Check that you named the right file.
error-not-a-folder = { $path } exists but is not a folder; give a folder with --data-dir or MOLNKOLL_DATA_DIR.
error-create-folder = could not create the folder { $path }: { $reason }. Give a folder you may write in with --data-dir.
error-lock-unsafe = { $path } is not a lock file molnkoll made (it is a link, or belongs to someone else); it has not been touched. Remove it and open the assessment again.
error-output-is-assessment = { $path } is an assessment (or the file being exported); the report is not written over it. Name another output file, for example one ending in .md.
error-duplicate-key = { $path } holds the answer "{ $key }" twice; one of them would be lost. Keep the right one and delete the other, then open the file again.
error-too-deep = { $path } is nested far deeper than any assessment; it is not one, or it is damaged. Restore it from git; it has not been changed.
error-not-an-assessment = { $path } is not an assessment file (it does not begin with Assessment). Check that you named the right file; it has not been changed.
check-misfit = the answer does not fit the question (wrong kind, unknown option or out of range): answer again: { $question } [{ $id }]
check-newer-questionnaire = the assessment was made with version { $found } of the questionnaire, newer than this one ({ $known }); update molnkoll or name the newer questionnaire with --questionnaire.
check-note-too-long = the text is longer than { $max } characters ({ $place }); shorten it.
merge-side-base = the common ancestor
merge-side-ours = our version (the current branch)
merge-side-theirs = their version (the branch being merged)
error-merge-side = the merge stopped: { $side } cannot be read: { $reason } The file keeps git's conflict state; fix that version, or take one side with git checkout --ours or --theirs.
error-merge-side-at = the merge stopped: { $side } cannot be read at line { $line }, column { $column }: { $reason } The file keeps git's conflict state; fix that version, or take one side with git checkout --ours or --theirs.
check-title-conflict = two branches gave different titles, not settled yet: "{ $ours }" or "{ $theirs }"
check-action-conflict = two branches changed the owner or due date differently, not settled yet: { $finding } [{ $id }]
error-title-personal-number = the title looks like it holds a personal identity number ({ $numbers }); an assessment's title goes into its file name, listings and git. Give a title without it.
notice-merged-in = { $count ->
    [one] The file was changed elsewhere while it was open (git, another tool); the change was merged in: { $ids }.
   *[other] The file was changed elsewhere while it was open (git, another tool); { $count } changes were merged in: { $ids }.
} { $conflicts ->
    [0] Nothing was lost.
   *[other] Where both changed the same thing, both versions are kept for the group to settle (molnkoll check lists them).
}
error-changed-unreadable = { $path } was changed elsewhere while it was open and can no longer be read (at { $at }), so it is not overwritten; every answer is still here. Repair the file (for example finish the git merge) and the next change saves again.
cli-arg-textconv = For git textconv: a version that cannot be read is shown as "cannot be read: REASON" and its raw text, exit 0
error-changed-unreadable-whole = { $path } was changed elsewhere while it was open and can no longer be read, so it is not overwritten; every answer is still here. Repair or restore the file and the next change saves again.

start-title = Assessments
start-lead = There are several assessments here. Choose one to continue, or start a new one.
start-keys = ↑↓ choose  Enter open  n new assessment  q quit
start-high = { $count ->
    [0] no high findings
    [one] ▲ one high finding
   *[other] ▲ { $count } high findings
}
start-unreadable = { $file }: cannot be read (see molnkoll check)
ui-help-not-applicable = not applicable, where the question allows it
ui-help-group = on a repeat group's list (information sets, recipients): add, rename, remove an item; → goes to the item's questions
notice-item-name-taken = There is an item with that name already: give it a name that tells it apart.
validate-derived-in-test = "{ $id }" is a derived value, not a question: only LevelAtLeast("{ $id }", n) and LevelAtMost("{ $id }", n) can test it.
report-items = { $count ->
    [0] no items yet
   *[other] { $count }: { $names }
}
ui-misfit = The answer in the file ({ $value }) does not fit the question: answer again.
ui-action-conflict = {"  "}≠ two branches set it differently: ours { $ours } · theirs { $theirs }; o or d settles it
notice-text-over-limit = The text has { $count } characters; at most { $max } fit in the assessment. Shorten it.
warning-masked-number = A personal identity number was masked when the program ended during its warning ({ $ids }): look at those answers.
ui-edit-title = The assessment's title
ui-edit-title-prompt = Type a new title. Enter or Esc keeps it.
ui-title-conflict = Two branches gave different titles: ours “{ $ours }”, theirs “{ $theirs }”. Type the one that holds; Enter keeps it and settles it.
ui-help-retitle = give the assessment another title (also settles two branches' different titles)
warning-title-conflict = Two branches gave different titles: ours “{ $ours }”, theirs “{ $theirs }”. Ctrl+R settles it.

## The risk matrix (the questionnaire's risk_matrix)
validate-bad-matrix-axis = risk_matrix: "{ $question }" must be a level question (Level) of the group "{ $group }".
validate-matrix-scales-differ = risk_matrix: "{ $before }" and "{ $after }" must have the same scale, before and after measures.

## The risk matrix in the interview
ui-matrix-before = Before measures
ui-matrix-after = After measures
ui-matrix-consequence-short = C
ui-matrix-likelihood-short = L
ui-matrix-legend = L likelihood, C consequence · ▲ high  ● medium  · low · number = risks
ui-matrix-unplaced = { $count ->
    [one] one risk has no likelihood or consequence yet and is not in the matrix
   *[other] { $count } risks have no likelihood or consequence yet and are not in the matrix
}

## The risk matrix and the classification's measures in the report
report-risk-matrix = Risk matrix
report-risk-matrix-empty = No risk has both a likelihood and a consequence yet.
report-risk-matrix-before = Before measures
report-risk-matrix-after = After measures
report-risk-matrix-corner = Consequence ↓ likelihood →
report-risk-matrix-unplaced = { $count ->
    [one] One risk has no likelihood or consequence yet and is not in the matrix.
   *[other] { $count } risks have no likelihood or consequence yet and are not in the matrix.
}
report-zone-high = high
report-zone-medium = medium
report-zone-low = low
report-requirements = Security measures the classification calls for
report-requirements-intro = The measures follow from the information classification. The group's assessment is in the middle; on the right, the measure as a requirement to put to the supplier.
report-col-measure = Measure
report-col-fulfilment = Assessment
report-col-requirement = Requirement on the supplier

## --plain: the interview for screen readers, braille displays and scripts (issue 14)
cli-arg-plain = The interview as lines of text, with no screen control: for screen readers, braille displays and scripts (answers can come from a pipe)
plain-auto = Standard input or output is not a terminal, so the interview runs as lines of text (--plain).
plain-intro = molnkoll, the interview as text. Type ? for all commands and h for a question's help text. Every answer is saved at once.
plain-assessment = Assessment: { $title }.
plain-section = Section { $number } of { $count }: { $title }
plain-position = Question { $number } of { $count }.
plain-option = { $key }: { $label }
plain-how-yes-no = Answer y for yes, n for no or u for unknown yet.
plain-how-choice = Answer with the option's number, 1 to { $count }, or u for unknown yet.
plain-how-multi = Several can be chosen: type their numbers, 1 to { $count }, with spaces between, for example 1 3, or u for unknown yet.
plain-how-level = Answer with the level's digit, { $min } to { $max }, or u for unknown yet.
plain-how-not-applicable = A dash, -, answers not applicable.
plain-how-text = Type the answer, at most { $max } characters.
plain-how-number = Type a whole number.
plain-how-date = Type a date as year, month and day, for example 2027-06-30.
plain-how-typed = What you type here is the answer; commands then take a colon first, for example :? or :q. An empty line moves on.
plain-current = Answer now: { $value }.
plain-no-answer = No answer yet.
plain-note = Note: { $note }
plain-state = State: { $state }.
plain-items = Listed now: { $items }.
plain-how-group = Add a { $kind } with: add NAME. Rename with: rename NUMBER NAME. Remove with: remove NUMBER. An empty line moves on to the questions about each { $kind }.
plain-derived = { $label }: { $value }.
plain-prompt = Answer:
plain-prompt-title = Title:
plain-prompt-note = Note:
plain-prompt-confirm = Remove?
plain-prompt-quit = Quit?
plain-prompt-pick = Choose:
plain-saved = Saved.
plain-note-saved = Note saved.
plain-state-now = State now: { $state }.
plain-cleared = The answer is removed; the note stays.
plain-item-added = { $name } is added.
plain-renamed = The name is changed.
plain-title-set = The title is changed.
plain-first = This is the first question.
plain-undone = Undone: the change to question { $number }. Type redo to bring it back.
plain-redone = Redone: the change to question { $number }.
plain-nothing-to-undo = There is nothing to undo.
plain-nothing-to-redo = There is nothing to redo.
plain-no-help = The question has no help text.
plain-reference = Reference: { $reference }.
plain-unknown-command = "{ $input }" is no answer or command here. Type ? for a list of commands.
plain-does-not-fit = "{ $input }" does not fit the question. { $how }
plain-on-group = Items are listed here, so an answer does not fit. { $how }
plain-not-a-group = Items are added, renamed and removed on a repeat group's question, such as the one about information sets.
plain-no-such-item = There is no item numbered { $input }.
plain-no-such-finding = There is no finding numbered { $input }; type f to list them.
plain-no-match = No question fits "{ $input }".
plain-needs-argument = The command is used like this: { $usage }
plain-usage-go = go NUMBER or go WORDS
plain-usage-owner = owner NUMBER NAME
plain-usage-due = due NUMBER DATE, for example due 1 2027-06-30
plain-usage-add = add NAME
plain-usage-rename = rename NUMBER NAME
plain-usage-remove = remove NUMBER
plain-usage-title = title TEXT
plain-note-lead = Type the note on the next line. An empty line keeps it as it is; a lone dash, -, removes it.
plain-new-lead = A new assessment. What should it be called? Type, for example, the service's and the supplier's names.
plain-confirm-remove = Remove { $item } and all its answers? Answer y to remove it; anything else keeps it.
plain-kept = Nothing was removed.
plain-confirm-quit = The last change could not be saved. Type q again to quit anyway (the change is lost), or anything else to stay and try again.
plain-end-of-input = End of input. Everything is saved.
plain-quit = Quit. Everything is saved.
plain-not-saved = Quit, but the last change could not be saved.
plain-stopped = stopped at line { $line } ({ $input }): { $reason } No wrong answer was saved; what came before is saved.
plain-summary-title = Summary. This is left before the assessment is done.
plain-summary-line = { $heading }: { $items }.
plain-summary-done = Nothing is left: every question is answered and every high finding has an owner.
plain-question-number = question { $number }
plain-finding = { $number }. { $severity }: { $title }.
plain-finding-action = Action: { $action }
plain-finding-owner = Owner: { $owner }. Due: { $due }.
plain-finding-reasons = Based on: { $reasons }.
plain-findings-how = Set the owner with: owner NUMBER NAME. Set the date with: due NUMBER DATE, for example due 1 2027-06-30.
plain-owner-set = Owner saved.
plain-due-set = Date saved.
plain-overview-section = Section { $number }: { $title }, { $done } of { $total } answered.
plain-overview-how = Type o and a section's number to hear its questions.
plain-overview-question = Question { $number }: { $label } { $answer }
plain-overview-hidden = Section { $number }: { $title }, not asked with the answers given.
plain-commands-title = Commands. Every command can be typed with a colon first, for example :q; on text, number and date questions it must be.
plain-help-line = { $words }: { $what }
plain-help-numbers = digits: choose an option or a level; several options with spaces between, for example 1 3
plain-help-enter = empty line: move on; it never gives an answer
plain-help-yes = answer yes
plain-help-no = answer no
plain-help-unknown = answer unknown yet
plain-help-not-applicable = answer not applicable, where the question allows it
plain-help-next = go to the next question without answering
plain-help-back = go to the previous question
plain-help-go = go to a question by its number or words from it, for example go 12 or go encryption
plain-help-note = write the group's note on the question, on the same line or the next
plain-help-state = change the state: follow up, ask the supplier, disputed, none
plain-help-clear = remove the answer (the note stays)
plain-help-help-text = read the question's help text and legal reference
plain-help-repeat = read the question again
plain-help-commands = this list
plain-help-overview = the sections and how far each has come; with a number after it: the section's questions
plain-help-findings = the findings now, with the answers behind them, action, owner and date
plain-help-owner = set who owns a finding's action: owner NUMBER NAME
plain-help-due = set when the action is due: due NUMBER DATE, for example due 1 2027-06-30
plain-help-summary = what is left before the assessment is done
plain-help-export = write the report (Markdown) beside the assessment file
plain-help-undo = undo the last change
plain-help-redo = redo what was undone
plain-help-add = on a repeat group's question: add an item
plain-help-rename = rename an item: rename NUMBER NAME
plain-help-remove = remove an item with all its answers: remove NUMBER
plain-help-title = give the assessment another title
plain-help-quit = quit; everything is already saved. End of input (Ctrl+D, on Windows Ctrl+Z and Enter) quits too
plain-pick-lead = There are several assessments here.
plain-pick-row = { $number }: { $title }. { $progress }. Changed { $changed }.
plain-pick-how = Type the number of the one to continue, n for a new assessment or q to quit.
plain-words-yes = y | yes
plain-words-no = n | no
plain-words-unknown = u | unknown | don't know
plain-words-not-applicable = - | not applicable | na
plain-words-next = next | skip
plain-words-back = b | back | previous
plain-words-go = g | go | go to
plain-words-note = e | note
plain-words-state = s | state
plain-words-clear = clear
plain-words-help-text = h | help text
plain-words-repeat = l | repeat | again
plain-words-commands = ? | help | commands
plain-words-overview = o | overview
plain-words-findings = f | findings
plain-words-owner = owner
plain-words-due = due
plain-words-summary = summary
plain-words-export = x | export | report
plain-words-undo = undo
plain-words-redo = redo
plain-words-add = a | add
plain-words-rename = rename
plain-words-remove = remove | delete
plain-words-title = title
plain-words-quit = q | quit | exit
plain-summary-how = Type x to write the report, l to hear the last question again, go and a number for another question, or q to quit.
plain-summary-high-unowned = High findings without an owner
plain-command-like = "{ $input }" looks like a command and was not saved. Type it with a colon first for the command, for example :{ $input }, or the same line again to save it as the answer.

## Faster than dialog: start-up, every keypress at scale, big pastes
ui-reasons-more = {"  "}· … and { $more } more answers

## The report a nämnd can decide on
report-decision-heading = Recommendation and decision
report-dpia-heading = Data protection impact assessment
report-classification-heading = Information classification
report-col-aspect = Aspect
report-col-level = Level
report-col-given-by = Information sets at that level
report-high-findings = High findings
report-no-high-findings = No high findings.
report-not-documented = Not documented.
report-not-yet = not filled in yet
report-undetermined = not decided yet
report-condition-holds = { $count ->
    [0] Yes
   *[other] Yes ({ $reasons })
}
report-priority-high = High
report-priority-medium = Medium
report-priority-low = Low
report-col-source = Source
report-col-priority = Priority
report-source-measure = Security measure: { $measure } ({ $value })
report-source-risk = Risk: { $risk }
report-col-before = Before (L/C)
report-col-after = After (L/C)
report-no-items = None yet.
report-contradictions = Contradictions
report-contradictions-intro = The answers below cannot all be true. The group needs to correct one of them before the assessment is the basis of a decision.
report-open-heading = Open questions
report-disputed-heading = Disputed answers ({ $count })
report-follow-up-heading = To follow up ({ $count })
report-unknown-heading = Unknown yet ({ $count })
report-reconfirm-heading = Questions changed since they were answered ({ $count })
report-open-supplier = Questions for the supplier ({ $count })
report-open-unanswered = Unanswered questions ({ $count })
report-no-open-questions = No open questions.
report-appendix-answers = Appendix: every answer and note
report-appendix-not-applicable = Appendix: questions not applicable
report-appendix-orphans = Appendix: answers to questions that no longer exist
report-sources = Sources
validate-bad-report-id = report: the list "{ $list }" names "{ $id }", which does not fit there (service, decision and quotes take questions outside groups, quotes only text questions; dpia questions or named conditions; classification derived values; tables repeat groups).
validate-bad-matrix-member = risk_matrix: "{ $question }" must be a question of the group "{ $group }": measures a text question (Text), owner a choice question (Choice).
report-requirements-short-intro = The measures follow from the information classification. Each measure worded as a requirement on the supplier is in the appendix.
report-col-note = Note
report-appendix-requirements = Appendix: requirements to put to the supplier
report-unanswered-in-appendix = The questions are listed one by one in the appendix.
report-appendix-unanswered = Appendix: unanswered questions
report-risk-matrix-after-missing = { $count ->
    [one] One risk is not assessed after measures yet and is only in the first matrix.
   *[other] { $count } risks are not assessed after measures yet and are only in the first matrix.
}
validate-duplicate-reference = the source "{ $id }" is in references twice.
validate-bad-link = the link "{ $link }" must start with https:// or http://.
validate-unknown-reference = the question "{ $question }" cites the source "{ $id }", which is not in references.
report-cites = Sources
report-risk-matrix-intro = The number of risks in each cell before → after the measures; the zone in brackets.

## Issue 12: the supplier's questions and the action plan as a spreadsheet
plan-col-number = No.
plan-col-priority = Priority
plan-col-action = Action
plan-col-owner = Owner
plan-col-due = Due
plan-col-source = Source
plan-col-note = Note
plan-col-id = Id
plan-priority-high = High
plan-priority-medium = Medium
plan-priority-low = Low
plan-sheet = Action plan
plan-source-finding = Finding: { $title }
plan-written = The action plan was written to { $path }.
error-plan-xlsx = the action plan could not be written as .xlsx: { $reason }
cli-arg-supplier = Write the questions for the supplier (Markdown, in the --lang language) instead of the report
cli-arg-actions = Write the action plan instead of the report: .xlsx when OUT ends so, else CSV for Excel with Swedish settings
supplier-title = Questions for the supplier: { $title }
supplier-none = The assessment has no open questions for the supplier.
supplier-intro = We are the social services of a Swedish municipality, and we are assessing your cloud service before we use or buy it. The data are about the people we help, often children and vulnerable adults; they are protected by the GDPR and by Swedish secrecy law (Offentlighets- och sekretesslagen, the Public Access to Information and Secrecy Act). Some of what we must know only you as the supplier can tell us.
supplier-how = Please answer each question below: tick the box that applies (or several where it says so), add a comment where something needs explaining, and send the document back to us. Where questions are asked about a particular company (a recipient), answer them for that company.
supplier-context-transfer = Under the GDPR (chapter V), personal data may go to a country outside the EU/EEA only on a legal basis: an adequacy decision of the European Commission, the EU–US Data Privacy Framework for a certified US organisation, or standard contractual clauses with a transfer impact assessment. A transfer is not only storage abroad: staff who can see or reach the data from outside the EU/EEA, for support or operations for example, count too. We judge each company that can reach the data on its own, so we ask about your company, your parent company and each subprocessor, support and operations provider.
supplier-why-transfer-subprocessors-known = A subprocessor may only be engaged with our approval and under the same obligations as you (GDPR art. 28). Please attach the list, with each subprocessor's country and task.
supplier-why-recipient-country = The country decides which law applies to the company and which legal basis a transfer can rest on.
supplier-why-recipient-parent = A parent company outside the EU/EEA, in particular in the United States, can be compelled by its own law (such as the US CLOUD Act) to hand over data its group controls, also when the data are stored in the EU.
supplier-why-recipient-storage = Please include backups and standby data centres.
supplier-why-recipient-processing = Processing is any handling of the data (analysis, mailings, speech recognition and the like), not only storage.
supplier-why-recipient-access = Access from a country outside the EU/EEA is a transfer to that country, even when the data are only viewed on a screen. Please include second- and third-line support.
supplier-why-recipient-dpf-certified = The Data Privacy Framework covers only organisations that are on its list themselves; a certified parent company does not cover a subsidiary or a subprocessor.
supplier-why-recipient-staff-confidentiality = In Sweden, Act (2020:914) gives the staff of a supplier that processes or stores an authority's data a duty of confidentiality backed by criminal liability. For staff outside Sweden we need to know whether the law of their country gives an equivalent criminal liability; a contractual duty alone is not equivalent.
supplier-pick-one = Tick one.
supplier-pick-several = Tick all that apply.
supplier-write = Please write your answer below.
supplier-tentative = What we understand today: { $answer }. Please confirm or correct it.
supplier-comment = Comment:
supplier-reference = Reference: { $reference }
supplier-item = { $kind }: { $item }
supplier-after = When you have answered
supplier-after-text = Please send the document back to the person who sent it to you. We enter your answers in our assessment; the reference after each question identifies it. (For the municipality: open the assessment with molnkoll open, press / and type the reference to reach the question, for an item's question under that item; give the answer, type the supplier's comment into the note with e, and clear the mark "ask the supplier" with s.)
supplier-written = The questions for the supplier were written to { $path }.
export-outputs-written = Written to { $dir }: { $files }.
export-output-report = the report { $file }
export-output-supplier = the questions for the supplier { $file }
export-output-actions = the action plan { $file }
export-outputs-partly = { $problem } { $written }
error-export-not-ours = { $path } was not written by molnkoll, or was changed since, and is not replaced. Move or rename it and press x again.
export-outputs = { $summary }
