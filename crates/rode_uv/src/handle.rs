//! Handle storage: a generational slab, so a stale `HandleId` held by the embedder
//! (say, a JS object that outlived its handle) can never reach a newer handle.

/// Identifies a handle on one loop. Copyable and cheap; stale ids are detected.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HandleId {
    pub(crate) index: u32,
    pub(crate) generation: u32,
}

impl HandleId {
    /// A number the embedder can store (for example in a JS object) and turn back
    /// into an id with `from_u64`.
    pub fn as_u64(self) -> u64 {
        ((self.generation as u64) << 32) | self.index as u64
    }
    pub fn from_u64(v: u64) -> Self {
        HandleId {
            index: v as u32,
            generation: (v >> 32) as u32,
        }
    }
}

pub(crate) struct Slab<T> {
    slots: Vec<(u32, Option<T>)>,
    free: Vec<u32>,
}

impl<T> Slab<T> {
    pub fn new() -> Self {
        Slab {
            slots: Vec::new(),
            free: Vec::new(),
        }
    }

    pub fn insert(&mut self, value: T) -> HandleId {
        if let Some(index) = self.free.pop() {
            let slot = &mut self.slots[index as usize];
            slot.0 = slot.0.wrapping_add(1);
            slot.1 = Some(value);
            HandleId {
                index,
                generation: slot.0,
            }
        } else {
            let index = self.slots.len() as u32;
            self.slots.push((0, Some(value)));
            HandleId {
                index,
                generation: 0,
            }
        }
    }

    pub fn get(&self, id: HandleId) -> Option<&T> {
        match self.slots.get(id.index as usize) {
            Some((g, Some(v))) if *g == id.generation => Some(v),
            _ => None,
        }
    }

    pub fn get_mut(&mut self, id: HandleId) -> Option<&mut T> {
        match self.slots.get_mut(id.index as usize) {
            Some((g, Some(v))) if *g == id.generation => Some(v),
            _ => None,
        }
    }

    pub fn remove(&mut self, id: HandleId) -> Option<T> {
        match self.slots.get_mut(id.index as usize) {
            Some((g, v @ Some(_))) if *g == id.generation => {
                self.free.push(id.index);
                v.take()
            }
            _ => None,
        }
    }

    /// The live id stored at a slot index (used to map mio tokens back to handles).
    pub fn id_at(&self, index: u32) -> Option<HandleId> {
        match self.slots.get(index as usize) {
            Some((g, Some(_))) => Some(HandleId {
                index,
                generation: *g,
            }),
            _ => None,
        }
    }
}
