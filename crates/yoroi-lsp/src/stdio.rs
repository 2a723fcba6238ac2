//! The stdio transport. Like `lsp_server::Connection::stdio`, except that a message whose body
//! is not valid JSON-RPC is reported on stderr and skipped instead of ending the session.

use lsp_server::{Connection, Message};
use std::io::{self, BufReader, ErrorKind, Write};
use std::thread::JoinHandle;

/// The reader and writer threads of a stdio connection.
pub struct Transport {
    reader: JoinHandle<()>,
    writer: JoinHandle<io::Result<()>>,
}

impl Transport {
    /// Waits for both threads: the reader ends at `exit` or end of input, the writer when the
    /// connection is dropped.
    pub fn join(self) -> Result<(), String> {
        let written = self
            .writer
            .join()
            .map_err(|_| "the writer thread panicked".to_string())?;
        // The reader may still be blocked on stdin after `exit` arrived elsewhere; it ends
        // with the process.
        drop(self.reader);
        written.map_err(|e| format!("cannot write to the client: {e}"))
    }
}

pub fn connection() -> (Connection, Transport) {
    let (to_client, outgoing) = crossbeam_channel::unbounded::<Message>();
    let (incoming, from_client) = crossbeam_channel::unbounded::<Message>();
    let writer = std::thread::spawn(move || {
        let mut stdout = io::stdout().lock();
        for message in outgoing {
            message.write(&mut stdout)?;
            stdout.flush()?;
        }
        Ok(())
    });
    let reader = std::thread::spawn(move || {
        let mut stdin = BufReader::new(io::stdin().lock());
        loop {
            match Message::read(&mut stdin) {
                Ok(Some(message)) => {
                    let exit = matches!(&message, Message::Notification(n) if n.method == "exit");
                    if incoming.send(message).is_err() || exit {
                        return;
                    }
                }
                Ok(None) => return,
                Err(e) if e.kind() == ErrorKind::InvalidData => {
                    eprintln!("yoroi lsp: skipped a malformed message: {e}");
                }
                Err(e) => {
                    eprintln!("yoroi lsp: cannot read from the client: {e}");
                    return;
                }
            }
        }
    });
    let connection = Connection {
        sender: to_client,
        receiver: from_client,
    };
    (connection, Transport { reader, writer })
}
