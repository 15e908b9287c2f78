//! The interview as a pure model (The Elm Architecture): state, `Message`, `update`. It knows
//! nothing of the terminal; the shell in `tui/` maps keys to messages, performs the effects
//! (saving) and renders the state.

mod actions;
mod answer;
mod dirty;
mod groups;
mod history;
mod navigation;
mod privacy;
mod progress;
mod recompute;
mod summary;
mod update;

use crate::assessment::{Answer, Assessment};
use crate::error::UserError;
use crate::i18n::Message as Text;
use crate::questionnaire::{Question, Questionnaire, Section, Severity};
use crate::rules::DerivedValue;

pub use answer::parse_typed;
pub use groups::Slot;
pub use progress::Progress;
pub use summary::Summary;

use history::History;

/// What the screen is showing. Text being typed (notes, short answers, the title, a jump
/// query) lives in the shell's editor widget; the model only knows that it is being typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A new assessment waits for its title.
    AskTitle,
    Question,
    /// Sections and questions with their state; `selected` indexes all questions.
    Overview {
        selected: usize,
    },
    /// The findings that fire; `selected` indexes them, for setting owner and due date.
    Findings {
        selected: usize,
    },
    /// The ending: what is still open, and the serious findings nobody owns yet. `selected`
    /// indexes the High findings that fire.
    Summary {
        selected: usize,
    },
    /// Typing who acts on the selected finding (an index into the findings that fire).
    EditOwner {
        selected: usize,
    },
    /// Typing by when, YYYY-MM-DD.
    EditDue {
        selected: usize,
    },
    Help,
    EditNote,
    /// Typing the answer of a text, number or date question.
    EditAnswer,
    Jump,
    /// Quitting while answers are not saved.
    ConfirmQuit,
    /// Typing the name of an item of the current repeat group: a new one (`None`) or the
    /// one highlighted in the list.
    EditItemName {
        renaming: bool,
    },
    /// Removing the highlighted item of the current repeat group, with all its answers,
    /// waits for a yes.
    ConfirmRemoveItem,
    /// Typing a new title for the assessment (and settling a merge conflict on it).
    EditTitle,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Yes,
    No,
    Unknown,
    /// "Not applicable", where the question allows it.
    NotApplicable,
    /// A whole answer at once, as a line-oriented shell reads it ("1 3" for a multiple
    /// choice): one change, checked against the question like every answer.
    SetValue(crate::assessment::Value),
    /// On a repeat group: add an item, rename or remove the highlighted one.
    AddItem,
    RenameItem,
    RemoveItem,
    /// The name typed for a new or renamed item.
    SetItemName(String),
    /// Give the assessment another title.
    EditTitle,
    /// `1`..`9` picks an option; for a level question the digit is the level.
    Digit(u8),
    /// Space: toggle the highlighted option of a multiple choice (select it in a single one).
    Toggle,
    CursorUp,
    CursorDown,
    /// Enter: move on (or go to the selected question). It never gives an answer: an answer
    /// is only ever the result of a key that names it.
    Confirm,
    Next,
    Previous,
    ClearAnswer,
    CycleState,
    ToggleHelpText,
    ToggleOverview,
    ToggleFindings,
    ToggleHelp,
    ToggleProjector,
    EditNote,
    EditAnswer,
    StartJump,
    /// Esc: close what is open.
    Cancel,
    /// Take back the last change made since the interview opened; saved like any change.
    Undo,
    Redo,
    /// The ending screen, at any time.
    ShowSummary,
    SetNote(String),
    /// A typed answer (text, number, date), checked against the question's kind; Enter:
    /// kept, and the interview moves on.
    SetTyped(String),
    /// Esc: the typed answer is kept and the question stays on screen.
    KeepTyped(String),
    SetTitle(String),
    /// Owner and due date of the action of the selected finding.
    EditOwner,
    EditDue,
    SetOwner(String),
    SetDue(String),
    GoTo(String),
    /// Write the report next to the assessment.
    Export,
    /// Where the report went, or why it could not be written.
    Exported(Result<String, UserError>),
    Quit,
    /// The outcome of the save the last update asked for.
    Saved(Result<(), UserError>),
}

/// Work for the shell: the model never does I/O itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    Save,
    Export,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    Saved,
    /// Changed; the save is under way.
    Pending,
    /// The last save failed: every answer is still in memory and the next change retries.
    Failed(UserError),
}

/// A finding that fires, by index into the questionnaire's findings, with its reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct Fired {
    pub finding: usize,
    pub reasons: Vec<String>,
}

pub struct Interview {
    questionnaire: Questionnaire,
    assessment: Assessment,
    /// Every place an answer goes, in order: the questions, and for each repeat group its
    /// list followed by each item's questions. Rebuilt when items change.
    order: Vec<Slot>,
    visible: Vec<bool>,
    /// Each place's number among the visible ones, counted with `visible`.
    numbers: Vec<usize>,
    /// Counts every recompute, that is every change of the answers: what the shell caches
    /// from the answers (the jump box's labels) is valid while it stays the same.
    revision: u64,
    /// Progress per section; kept with `visible`, so that drawing progress and the overview
    /// costs no walk over all questions per section.
    section_counts: Vec<Progress>,
    fired: Vec<Fired>,
    /// Findings not decided yet, each with the open questions that would decide it.
    pending: Vec<Fired>,
    /// The questionnaire's derived values now, in its order.
    derived: Vec<DerivedValue>,
    /// Where the risk register's risks stand, when the questionnaire draws a matrix.
    risk_matrices: Option<crate::rules::RiskMatrices>,
    current: usize,
    /// The highlighted option or level in the answer widget.
    cursor: usize,
    mode: Mode,
    show_help_text: bool,
    projector: bool,
    save: SaveStatus,
    /// A one-line notice, e.g. why a typed number was refused.
    notice: Option<Text>,
    /// Text holding a personal identity number that the group has been warned about; the
    /// same text committed again is their confirmation.
    unconfirmed_text: Option<String>,
    history: History,
    /// What the last recompute left for the next.
    rules: recompute::RulesState,
    /// How far the `?` screen is scrolled, in lines.
    help_scroll: usize,
    /// Owner and due date were opened from the ending screen, and return there.
    action_from_summary: bool,
    /// A one-line piece of good news, e.g. where the report was written.
    info: Option<Text>,
    quit: bool,
}

impl Interview {
    /// Opens at the first unanswered question, where the group stopped.
    pub fn new(questionnaire: Questionnaire, assessment: Assessment) -> Self {
        let order = groups::order(&questionnaire, &assessment);
        let history = History::new(&assessment);
        let mut interview = Interview {
            questionnaire,
            assessment,
            history,
            rules: recompute::RulesState::default(),
            help_scroll: 0,
            action_from_summary: false,
            order,
            visible: Vec::new(),
            numbers: Vec::new(),
            revision: 0,
            section_counts: Vec::new(),
            fired: Vec::new(),
            pending: Vec::new(),
            derived: Vec::new(),
            risk_matrices: None,
            current: 0,
            cursor: 0,
            mode: Mode::Question,
            show_help_text: true,
            projector: false,
            save: SaveStatus::Saved,
            notice: None,
            info: None,
            unconfirmed_text: None,
            quit: false,
        };
        interview.recompute();
        interview.current = interview.first_unanswered();
        interview.reset_cursor();
        interview
    }

    /// A new assessment whose title is asked for first.
    pub fn new_untitled(questionnaire: Questionnaire, assessment: Assessment) -> Self {
        let mut interview = Interview::new(questionnaire, assessment);
        interview.mode = Mode::AskTitle;
        interview
    }

    pub fn with_projector(mut self, projector: bool) -> Self {
        self.projector = projector;
        self
    }

    pub fn questionnaire(&self) -> &Questionnaire {
        &self.questionnaire
    }

    pub fn assessment(&self) -> &Assessment {
        &self.assessment
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn projector(&self) -> bool {
        self.projector
    }

    pub fn show_help_text(&self) -> bool {
        self.show_help_text
    }

    pub fn save_status(&self) -> &SaveStatus {
        &self.save
    }

    pub fn notice(&self) -> Option<&Text> {
        self.notice.as_ref()
    }

    pub fn info(&self) -> Option<&Text> {
        self.info.as_ref()
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn fired(&self) -> &[Fired] {
        &self.fired
    }

    /// The derived values over a repeat group, with their value now.
    pub fn derived_for(&self, group: &str) -> Vec<(&crate::questionnaire::Derived, &DerivedValue)> {
        self.questionnaire
            .derived
            .iter()
            .zip(&self.derived)
            .filter(|(derived, _)| derived.value.group() == group)
            .collect()
    }

    /// The risk matrices when `group` is the register the questionnaire draws them for.
    pub fn risk_matrices_for(&self, group: &str) -> Option<&crate::rules::RiskMatrices> {
        let matrix = self.questionnaire.risk_matrix.as_ref()?;
        (matrix.group == group)
            .then_some(self.risk_matrices.as_ref())
            .flatten()
    }

    /// Findings that would fire, or not, once open questions are answered: `reasons` are
    /// those questions' keys.
    pub fn pending(&self) -> &[Fired] {
        &self.pending
    }

    pub fn question_count(&self) -> usize {
        self.order.len()
    }

    /// The question at a position in the whole questionnaire (for an item's answer, the
    /// question of its group).
    pub fn question_at(&self, index: usize) -> Option<(&Section, &Question)> {
        let slot = self.order.get(index)?;
        let section = self.questionnaire.sections.get(slot.section)?;
        let question = section.questions.get(slot.question)?;
        match slot.member {
            Some(m) => Some((section, question.kind.members().get(m)?)),
            None => Some((section, question)),
        }
    }

    /// The place at a position: its answer key, and its item if it is an item's answer.
    pub fn slot_at(&self, index: usize) -> Option<&Slot> {
        self.order.get(index)
    }

    pub fn current_key(&self) -> Option<&str> {
        Some(self.order.get(self.current)?.key.as_str())
    }

    pub fn section_index_at(&self, index: usize) -> usize {
        self.order.get(index).map_or(0, |slot| slot.section)
    }

    pub fn current_index(&self) -> usize {
        self.current
    }

    pub fn current_question(&self) -> Option<&Question> {
        self.question_at(self.current).map(|(_, q)| q)
    }

    pub fn current_section(&self) -> Option<&Section> {
        self.question_at(self.current).map(|(s, _)| s)
    }

    pub fn current_answer(&self) -> Option<&Answer> {
        self.assessment.answer(self.current_key()?)
    }

    pub fn is_visible(&self, index: usize) -> bool {
        self.visible.get(index).copied().unwrap_or(false)
    }

    pub fn is_answered(&self, index: usize) -> bool {
        let Some((_, question)) = self.question_at(index) else {
            return false;
        };
        self.order.get(index).is_some_and(|slot| {
            self.assessment
                .value(&slot.key)
                .is_some_and(|value| crate::strict::fits(question, value))
                || (slot.is_group() && !self.assessment.items(&slot.key).is_empty())
        })
    }

    /// The current answer's value does not fit its question (written by hand or by
    /// another version): the group must answer again.
    pub fn current_misfits(&self) -> bool {
        let (Some(question), Some(answer)) = (self.current_question(), self.current_answer())
        else {
            return false;
        };
        answer
            .value
            .as_ref()
            .is_some_and(|value| !crate::strict::fits(question, value))
    }

    /// (looked at, visible) over the whole questionnaire: "unknown yet" counts as looked at.
    pub fn progress(&self) -> (usize, usize) {
        let counts = self.counts();
        (counts.done(), counts.visible)
    }

    /// Answered, unknown yet and not applicable apart, over the whole questionnaire.
    pub fn counts(&self) -> Progress {
        self.section_counts
            .iter()
            .fold(Progress::default(), |sum, section| sum.add(*section))
    }

    /// (looked at, visible) within one section.
    pub fn section_progress(&self, section: usize) -> (usize, usize) {
        let counts = self.section_counts(section);
        (counts.done(), counts.visible)
    }

    pub fn section_counts(&self, section: usize) -> Progress {
        self.section_counts
            .get(section)
            .copied()
            .unwrap_or_default()
    }

    /// The question's number among all visible questions: the one numbering the interview,
    /// the overview and the jump box share.
    pub fn number_of(&self, index: usize) -> Option<usize> {
        if !self.is_visible(index) {
            return None;
        }
        self.numbers.get(index).copied()
    }

    /// Changes whenever the answers do; see `revision`.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Owner or due date is being typed from the ending screen.
    pub fn action_opened_from_summary(&self) -> bool {
        self.action_from_summary
    }

    pub fn help_scroll(&self) -> usize {
        self.help_scroll
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// The current question's number among the visible questions of its section, and how
    /// many are visible there.
    pub fn position_in_section(&self) -> (usize, usize) {
        let section = self.section_index_at(self.current);
        let shown: Vec<usize> = (0..self.order.len())
            .filter(|&i| self.section_index_at(i) == section && self.is_visible(i))
            .collect();
        let number = shown
            .iter()
            .position(|&i| i == self.current)
            .map_or(0, |p| p + 1);
        (number, shown.len())
    }

    /// Counts of firing findings by severity: (high, warning, info).
    pub fn finding_counts(&self) -> (usize, usize, usize) {
        let mut counts = (0, 0, 0);
        for fired in &self.fired {
            match self.questionnaire.findings[fired.finding].severity {
                Severity::High => counts.0 += 1,
                Severity::Warning => counts.1 += 1,
                Severity::Info => counts.2 += 1,
            }
        }
        counts
    }
}
