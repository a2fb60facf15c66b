//! The timer heap: ordered by deadline, then by start order, exactly as libuv's
//! (so equal deadlines fire in the order they were started). Entries are removed
//! lazily: a stopped or restarted timer leaves a stale entry that is skipped.

use crate::HandleId;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
pub(crate) struct Entry {
    pub deadline: u64,
    pub start_id: u64,
    pub handle: HandleId,
}

pub(crate) struct TimerHeap {
    heap: BinaryHeap<Reverse<Entry>>,
    next_start_id: u64,
}

impl TimerHeap {
    pub fn new() -> Self {
        TimerHeap {
            heap: BinaryHeap::new(),
            next_start_id: 0,
        }
    }

    /// Pushes a new entry and returns its start id, which the handle remembers so
    /// that older entries for the same handle are recognised as stale.
    pub fn push(&mut self, deadline: u64, handle: HandleId) -> u64 {
        let start_id = self.next_start_id;
        self.next_start_id += 1;
        self.heap.push(Reverse(Entry {
            deadline,
            start_id,
            handle,
        }));
        start_id
    }

    pub fn peek(&self) -> Option<Entry> {
        self.heap.peek().map(|r| r.0)
    }

    pub fn pop(&mut self) -> Option<Entry> {
        self.heap.pop().map(|r| r.0)
    }
}
