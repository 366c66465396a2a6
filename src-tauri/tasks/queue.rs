//! Bounded concurrency per provider, and who to tell when a task must stop. Each task runs on
//! its own thread (the host spawns it) and waits here for one of its provider's slots; a task
//! cancelled while waiting never starts. The queue itself is the index (every task and its
//! status are stored), so this holds only what lives as long as the process: slots and tokens.

use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

use super::CancelToken;

/// Running and waiting tasks of this process.
#[derive(Debug, Default)]
pub struct TaskQueue {
    state: Mutex<State>,
    freed: Condvar,
}

#[derive(Debug, Default)]
struct State {
    /// Slots taken, by provider.
    busy: HashMap<String, usize>,
    /// Tokens of tasks waiting or running, by task id.
    tokens: HashMap<String, CancelToken>,
}

/// What [`TaskQueue::run`] did.
#[derive(Debug, PartialEq, Eq)]
pub enum Ran<T> {
    /// The work ran and returned this.
    Done(T),
    /// The task was cancelled before a slot came free; the work never started.
    CancelledWaiting,
    /// The task is already waiting or running in this process.
    AlreadyRunning,
}

impl TaskQueue {
    /// Run `work` for `task_id` once fewer than `limit` tasks of `provider` are running, on the
    /// calling thread. The token given to `work` flips when [`TaskQueue::cancel`] is called.
    pub fn run<T>(
        &self,
        task_id: &str,
        provider: &str,
        limit: usize,
        work: impl FnOnce(&CancelToken) -> T,
    ) -> Ran<T> {
        let token = CancelToken::default();
        {
            let mut state = self.lock();
            if state.tokens.contains_key(task_id) {
                return Ran::AlreadyRunning;
            }
            state.tokens.insert(task_id.to_string(), token.clone());
            loop {
                if token.is_cancelled() {
                    state.tokens.remove(task_id);
                    return Ran::CancelledWaiting;
                }
                let busy = state.busy.entry(provider.to_string()).or_default();
                if *busy < limit.max(1) {
                    *busy += 1;
                    break;
                }
                // Woken when a slot frees or a task is cancelled; the timeout is a backstop.
                state = self
                    .freed
                    .wait_timeout(state, Duration::from_millis(500))
                    .map(|(s, _)| s)
                    .unwrap_or_else(|p| p.into_inner().0);
            }
        }
        let _slot = Slot { queue: self, task_id, provider };
        Ran::Done(work(&token))
    }

    /// Ask a waiting or running task to stop; false if it is not in this process.
    pub fn cancel(&self, task_id: &str) -> bool {
        let found = self.lock().tokens.get(task_id).map(CancelToken::cancel).is_some();
        self.freed.notify_all();
        found
    }

    /// Ask every waiting or running task to stop (the app is being locked); how many.
    pub fn cancel_all(&self) -> usize {
        let state = self.lock();
        state.tokens.values().for_each(CancelToken::cancel);
        let n = state.tokens.len();
        drop(state);
        self.freed.notify_all();
        n
    }

    /// Whether a task is waiting or running in this process.
    pub fn is_active(&self, task_id: &str) -> bool {
        self.lock().tokens.contains_key(task_id)
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// A taken slot; gives it back (and forgets the token) however the work ends, panics included.
struct Slot<'a> {
    queue: &'a TaskQueue,
    task_id: &'a str,
    provider: &'a str,
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        let mut state = self.queue.lock();
        if let Some(busy) = state.busy.get_mut(self.provider) {
            *busy = busy.saturating_sub(1);
        }
        state.tokens.remove(self.task_id);
        drop(state);
        self.queue.freed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{mpsc, Arc};

    use super::*;

    #[test]
    fn at_most_limit_tasks_of_a_provider_run_at_once_and_others_are_not_held_up() {
        let queue = Arc::new(TaskQueue::default());
        let running = Arc::new(AtomicUsize::new(0));
        let peak = Arc::new(AtomicUsize::new(0));
        let (release_tx, release_rx) = mpsc::channel::<()>();
        let release_rx = Arc::new(Mutex::new(release_rx));
        let mut threads = Vec::new();
        for n in 0..5 {
            let (queue, running, peak, release_rx) =
                (queue.clone(), running.clone(), peak.clone(), release_rx.clone());
            threads.push(std::thread::spawn(move || {
                queue.run(&format!("t{n}"), "gemini", 2, |_| {
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    peak.fetch_max(now, Ordering::SeqCst);
                    let _ = release_rx.lock().unwrap().recv();
                    running.fetch_sub(1, Ordering::SeqCst);
                })
            }));
        }
        while running.load(Ordering::SeqCst) < 2 {
            std::thread::sleep(Duration::from_millis(5));
        }
        // Another provider runs while gemini is full.
        assert_eq!(queue.run("other", "openai", 2, |_| 7), Ran::Done(7));
        for _ in 0..5 {
            release_tx.send(()).unwrap();
        }
        for t in threads {
            assert_eq!(t.join().unwrap(), Ran::Done(()));
        }
        assert_eq!(peak.load(Ordering::SeqCst), 2);
    }

    #[test]
    fn a_task_cancelled_while_waiting_never_starts_and_a_running_one_sees_its_token() {
        let queue = Arc::new(TaskQueue::default());
        let (started_tx, started_rx) = mpsc::channel();
        let q = queue.clone();
        let running = std::thread::spawn(move || {
            q.run("a", "gemini", 1, |token| {
                started_tx.send(()).unwrap();
                while !token.is_cancelled() {
                    std::thread::sleep(Duration::from_millis(5));
                }
                "stopped"
            })
        });
        started_rx.recv().unwrap();
        let q = queue.clone();
        let waiting = std::thread::spawn(move || q.run("b", "gemini", 1, |_| "ran"));
        while !queue.is_active("b") {
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(queue.run("a", "gemini", 1, |_| "twice"), Ran::AlreadyRunning);
        assert!(queue.cancel("b"));
        assert_eq!(waiting.join().unwrap(), Ran::CancelledWaiting);
        assert!(queue.cancel("a"));
        assert_eq!(running.join().unwrap(), Ran::Done("stopped"));
        assert!(!queue.cancel("a"), "forgotten once finished");
    }
}
