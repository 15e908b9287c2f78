//! A questionnaire's Fluent file read as syntax: what it defines and what its texts refer to,
//! each with its place in the file. fluent-bundle only resolves; validation needs to know
//! where a reference or a definition stands to name file, line and column.

use fluent_syntax::ast::{
    self, CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement,
};

use crate::error::Location;
use crate::i18n::FtlSource;

use super::locator::Locator;

/// A message or term as written: its id (`-name` for a term), whether it has a value of its
/// own, and its attributes, each with the text slice that locates it.
pub(super) struct Definition<'s> {
    pub id: String,
    pub at: &'s str,
    pub has_value: bool,
    pub attributes: Vec<&'s str>,
}

/// Something a pattern uses that must exist for it to show as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Used<'s> {
    Message(&'s str, Option<&'s str>),
    Term(&'s str, Option<&'s str>),
    Variable(&'s str),
    Function(&'s str),
    /// A string literal, escapes still unresolved (`{ "\u0007" }`).
    Literal(&'s str),
}

/// A use, with the slice where it stands and whether it is inside a term, whose variables
/// are its parameters.
#[derive(Debug, Clone, Copy)]
pub(super) struct Use<'s> {
    pub used: Used<'s>,
    pub at: &'s str,
    pub in_term: bool,
}

pub(super) struct FtlFile<'s> {
    text: &'s str,
    locator: Locator<'s>,
    resource: ast::Resource<&'s str>,
}

impl<'s> FtlFile<'s> {
    /// Syntax errors are reported by the localizer; the entries that parse are read here.
    pub fn parse(source: &'s FtlSource) -> Self {
        let text: &str = &source.text;
        let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(resource, _)| resource);
        FtlFile {
            text,
            locator: Locator::new(&source.path, text),
            resource,
        }
    }

    pub fn text(&self) -> &'s str {
        self.text
    }

    /// The byte offset of a slice of this file: the parser's ids and texts borrow from it.
    pub fn offset(&self, part: &str) -> usize {
        let start = self.text.as_ptr() as usize;
        let at = part.as_ptr() as usize;
        if (start..=start + self.text.len()).contains(&at) {
            at - start
        } else {
            0
        }
    }

    pub fn location(&self, part: &str) -> Location {
        self.locator.location(self.offset(part))
    }

    pub fn location_of_offset(&self, offset: usize) -> Location {
        self.locator.location(offset)
    }

    pub fn definitions(&self) -> Vec<Definition<'s>> {
        self.resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(message) => Some(Definition {
                    id: message.id.name.to_owned(),
                    at: message.id.name,
                    has_value: message.value.is_some(),
                    attributes: message.attributes.iter().map(|a| a.id.name).collect(),
                }),
                Entry::Term(term) => Some(Definition {
                    id: format!("-{}", term.id.name),
                    at: term.id.name,
                    has_value: true,
                    attributes: term.attributes.iter().map(|a| a.id.name).collect(),
                }),
                _ => None,
            })
            .collect()
    }

    /// Every reference, variable, function and string literal in every pattern, in file order.
    pub fn uses(&self) -> Vec<Use<'s>> {
        let mut walker = Walker {
            uses: Vec::new(),
            in_term: false,
        };
        for entry in &self.resource.body {
            let (value, attributes, in_term) = match entry {
                Entry::Message(m) => (m.value.as_ref(), &m.attributes, false),
                Entry::Term(t) => (Some(&t.value), &t.attributes, true),
                _ => continue,
            };
            walker.in_term = in_term;
            value
                .into_iter()
                .chain(attributes.iter().map(|a| &a.value))
                .for_each(|pattern| walker.pattern(pattern));
        }
        walker.uses
    }
}

struct Walker<'s> {
    uses: Vec<Use<'s>>,
    in_term: bool,
}

impl<'s> Walker<'s> {
    fn push(&mut self, used: Used<'s>, at: &'s str) {
        self.uses.push(Use {
            used,
            at,
            in_term: self.in_term,
        });
    }

    fn pattern(&mut self, pattern: &Pattern<&'s str>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &Expression<&'s str>) {
        match expression {
            Expression::Inline(inline) => self.inline(inline),
            Expression::Select { selector, variants } => {
                self.inline(selector);
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
        }
    }

    fn arguments(&mut self, arguments: &CallArguments<&'s str>) {
        for argument in &arguments.positional {
            self.inline(argument);
        }
        for argument in &arguments.named {
            self.inline(&argument.value);
        }
    }

    fn inline(&mut self, inline: &InlineExpression<&'s str>) {
        match inline {
            InlineExpression::StringLiteral { value } => self.push(Used::Literal(value), value),
            InlineExpression::NumberLiteral { .. } => {}
            InlineExpression::FunctionReference { id, arguments } => {
                self.push(Used::Function(id.name), id.name);
                self.arguments(arguments);
            }
            InlineExpression::MessageReference { id, attribute } => {
                self.push(
                    Used::Message(id.name, attribute.as_ref().map(|a| a.name)),
                    id.name,
                );
            }
            InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                self.push(
                    Used::Term(id.name, attribute.as_ref().map(|a| a.name)),
                    id.name,
                );
                if let Some(arguments) = arguments {
                    self.arguments(arguments);
                }
            }
            InlineExpression::VariableReference { id } => {
                self.push(Used::Variable(id.name), id.name);
            }
            InlineExpression::Placeable { expression } => self.expression(expression),
        }
    }
}
