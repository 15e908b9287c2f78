# molnkoll: the program's own texts (interface, command line, errors).
# The questionnaire's texts are in questionnaire.ftl.

## Command line

cli-about = Guides social services through the assessment of a cloud service, question by question.
cli-cmd-new = Create a new assessment file, print its path and exit
cli-cmd-validate = Check a questionnaire (default: the embedded one) and its translations
cli-cmd-show = Print one line per given answer (for git diff)
cli-cmd-list = List the assessments in the data directory, with their progress
cli-arg-lang = Language: sv or en (else from LANG)
cli-arg-questionnaire = Use another questionnaire than the embedded one
cli-arg-data-dir = The directory where assessments are saved
cli-arg-projector = Projector mode: large text, high contrast
cli-arg-file = The assessment file (NAME.molnkoll.ron)
cli-arg-title = The assessment's title
cli-no-interview-yet = The interview is not in this version yet. Use the commands new, show, list and validate.

default-title = New assessment

list-empty = No assessments in { $dir }.
list-row = { $title }  { $answered }/{ $visible } answered  { $path }

validate-summary = { $count ->
    [0] { $file }: no problems.
    [one] { $file }: one problem.
   *[other] { $file }: { $count } problems.
}

warning-stale-content = Warning: the content was last checked on { $date }, more than a year ago. Statutes, adequacy decisions and IMY's list may have changed.

## Answer state

state-settled = settled
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
error-lock = could not lock { $path }: { $reason }
error-locked = { $path } is already open in another molnkoll ({ $holder }). Close that one first.
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
validate-wrong-kind = the condition does not fit question "{ $question }": it should be of kind { $expected }.
validate-empty-condition = All([]) or Any([]) without conditions.
validate-bad-at-least = AtLeast({ $n }, ...) with { $count } conditions: n must be between 1 and the number of conditions.
validate-unknown-question = there is no question "{ $id }".
validate-forward-reference = the show_if of "{ $question }" names "{ $id }", which does not come before it. A condition may only build on earlier questions.
validate-ftl-syntax = error in the Fluent file: { $detail }
validate-missing-text = the text "{ $id }" is missing in { $lang } in { $file }.
