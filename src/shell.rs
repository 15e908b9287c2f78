//! What every shell of the interview (the full screen, `--plain`) does at its edge: perform
//! the effects the model asks for (save, export) and feed their outcome back. Kept out of
//! either shell so that both save and export in exactly the same way.

use crate::assessment::Assessment;
use crate::error::UserError;
use crate::i18n::{Localizer, Message as Text};
use crate::interview::{Effect, Interview, Message};
use crate::questionnaire::Questionnaire;

/// Saves the assessment; a shell's only way to write. Injected so tests can watch saves
/// and make them fail.
pub type Saver = Box<dyn FnMut(&Assessment) -> Result<(), UserError>>;

/// After a save: what it merged in from other writers (git, another tool), for the room.
pub type News = Box<dyn FnMut() -> Option<Text>>;

/// Writes the report next to the assessment and says where.
pub type Exporter =
    Box<dyn FnMut(&Questionnaire, &Assessment, &Localizer) -> Result<String, UserError>>;

/// The I/O a shell performs for the model.
pub struct Edges {
    saver: Saver,
    news: Option<News>,
    exporter: Option<Exporter>,
}

/// The outcome of one effect.
pub struct Performed {
    /// The message that tells the model how it went; none when nothing could perform it
    /// (no exporter).
    pub outcome: Option<Message>,
    /// What a save merged in from other writers.
    pub news: Option<Text>,
}

impl Edges {
    pub fn new(saver: Saver) -> Self {
        Edges {
            saver,
            news: None,
            exporter: None,
        }
    }

    pub fn with_news(mut self, news: News) -> Self {
        self.news = Some(news);
        self
    }

    pub fn with_exporter(mut self, exporter: Exporter) -> Self {
        self.exporter = Some(exporter);
        self
    }

    pub fn save(&mut self, assessment: &Assessment) -> Result<(), UserError> {
        (self.saver)(assessment)
    }

    pub fn perform(
        &mut self,
        effect: Effect,
        interview: &Interview,
        localizer: &Localizer,
    ) -> Performed {
        match effect {
            Effect::Save => {
                let result = (self.saver)(interview.assessment());
                Performed {
                    outcome: Some(Message::Saved(result)),
                    news: self.news.as_mut().and_then(|news| news()),
                }
            }
            Effect::Export => Performed {
                outcome: self.exporter.as_mut().map(|exporter| {
                    Message::Exported(exporter(
                        interview.questionnaire(),
                        interview.assessment(),
                        localizer,
                    ))
                }),
                news: None,
            },
        }
    }
}
