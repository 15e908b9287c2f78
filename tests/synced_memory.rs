//! Memory of an open assessment file (issue 17, item 4): what `SyncedFile` keeps to merge in
//! changes made on disk costs one copy of the assessment and its text, not more. At 10,000
//! items a copy of the assessment is about 18 MB, so a second one is felt.
//!
//! Counted with an allocator that tracks the bytes this thread holds: exact, and independent
//! of the machine's load.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use molnkoll::assessment::{Action, Answer, AnswerState, Assessment, Value};
use molnkoll::concurrent::SyncedFile;
use molnkoll::questionnaire::QuestionnaireSource;
use molnkoll::store;

struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

fn count(bytes: isize) {
    // During a thread's teardown the counter may be gone; those bytes are not measured.
    let _ = LIVE.try_with(|live| live.set(live.get() + bytes));
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(-(layout.size() as isize));
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size as isize - layout.size() as isize);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn live() -> isize {
    LIVE.with(Cell::get)
}

/// Bytes this thread holds more after `make` than before, with what it made still alive.
fn held_by<T>(make: impl FnOnce() -> T) -> (T, isize) {
    let before = live();
    let made = make();
    (made, live() - before)
}

/// An assessment of 3,000 answers with notes and states, and actions: large enough that
/// the file's own bookkeeping (its path, a few small fields) is lost in the rounding.
fn large_assessment() -> Assessment {
    let questionnaire = QuestionnaireSource::embedded().parse().unwrap();
    let mut assessment = Assessment::new(&questionnaire, "Molntjänst X, årlig granskning");
    for i in 0..3_000 {
        let answer = Answer::new(Value::Text(format!("Svar nummer {i} från gruppen")))
            .with_note("Leverantören ska bekräfta skriftligt; se protokoll 2026-11-30.")
            .with_state(if i % 7 == 0 {
                AnswerState::AskSupplier
            } else {
                AnswerState::Settled
            });
        assessment
            .answers
            .insert(format!("question-{i:05}"), answer);
    }
    for i in 0..500 {
        assessment.actions.insert(
            format!("finding-{i:04}"),
            Action {
                owner: "IT-chefen".to_owned(),
                due: "2027-01-31".to_owned(),
            },
        );
    }
    assessment
}

/// One copy of the assessment plus its text as written, with 1% for the rest.
fn one_copy_and_text(assessment: &Assessment) -> isize {
    let (copy, copy_bytes) = held_by(|| assessment.clone());
    drop(copy);
    let text = store::to_ron(assessment).len() as isize;
    (copy_bytes + text) * 101 / 100
}

#[test]
fn an_open_file_keeps_one_copy_of_the_assessment_and_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.molnkoll.ron");
    let mut ours = large_assessment();
    store::save(&path, &ours).unwrap();
    let limit = one_copy_and_text(&ours);

    let (mut synced, opened) = held_by(|| SyncedFile::new(&path, &ours));
    assert!(
        opened <= limit,
        "just opened: {opened} bytes held, at most {limit} expected"
    );

    // A save where nothing changed on disk: what is written is what the interview has.
    ours.answers
        .insert("question-00001".into(), Answer::new(Value::No));
    let before = live();
    assert_eq!(synced.save(&ours).unwrap(), None);
    let grown = live() - before;
    assert!(
        opened + grown <= one_copy_and_text(&ours),
        "after a save: {} bytes held, at most {} expected",
        opened + grown,
        one_copy_and_text(&ours)
    );
}
