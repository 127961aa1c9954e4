"""A small SMTP server on 127.0.0.1 for the mail tests: it refuses the first
``refuse_first`` connections with a temporary error (421, as a busy or restarting mail
server does) and keeps every message it accepts after that.

Speaks just enough SMTP for Django's SMTP backend: EHLO/HELO, MAIL, RCPT, DATA, RSET,
NOOP, QUIT.
"""

import email
import email.policy
import socketserver
import threading


class _Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")
        self.wfile.flush()

    def handle(self):
        server = self.server
        with server.lock:
            server.connections += 1
            refuse = server.connections <= server.refuse_first
        if refuse:
            self.reply("421 4.3.2 Service not available, try again later")
            return
        self.reply("220 localhost ESMTP test server")
        recipients = []
        while line := self.rfile.readline():
            command = line.decode("ascii", "replace").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 localhost")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip(" <>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                data = bytearray()
                while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                message = email.message_from_bytes(bytes(data), policy=email.policy.default)
                with server.lock:
                    server.messages.append((recipients, message))
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:  # RSET, NOOP
                self.reply("250 OK")


class SMTPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, refuse_first=0):
        self.refuse_first = refuse_first
        self.connections = 0
        self.messages = []
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Session)

    @property
    def port(self):
        return self.server_address[1]

    def __enter__(self):
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc_info):
        self.shutdown()
        self.server_close()
