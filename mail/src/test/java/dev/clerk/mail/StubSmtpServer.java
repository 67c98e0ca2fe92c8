package dev.clerk.mail;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A small SMTP server on the loopback address for the failures GreenMail cannot play: refusing one address with
 * 550, dropping the connection or stopping after some messages, and STARTTLS (GreenMail's SMTP has none).
 * It speaks just enough of RFC 5321, 3207 (STARTTLS) and 4954 (AUTH PLAIN) for Jakarta Mail.
 */
final class StubSmtpServer implements Closeable {
    /** A message the server accepted. */
    record Received(String from, List<String> recipients, byte[] data) {
        String text() {
            return new String(data, StandardCharsets.ISO_8859_1);
        }
    }

    private final ServerSocket server;
    private final Thread acceptor;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile Set<String> refused = Set.of();
    private volatile Set<String> deferred = Set.of();
    private volatile String dataReply;
    private volatile int dropAfter = -1;
    private volatile int stopAfter = -1;
    private volatile SSLContext tls;
    private volatile String user;
    private volatile String password;

    StubSmtpServer() throws IOException {
        this(InetAddress.getLoopbackAddress());
    }

    /** A server listening on {@code address}, which must be a loopback address. */
    StubSmtpServer(InetAddress address) throws IOException {
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException("the stub server listens on loopback addresses only");
        }
        server = new ServerSocket(0, 10, address);
        acceptor = new Thread(this::accept, "stub-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Answers RCPT TO for these addresses with 550. */
    StubSmtpServer refusing(String... addresses) {
        refused = Set.of(addresses);
        return this;
    }

    /** Answers RCPT TO for these addresses with 451, a temporary failure ("try again later"). */
    StubSmtpServer deferring(String... addresses) {
        deferred = Set.of(addresses);
        return this;
    }

    /** Answers the end of every message with this reply instead of accepting it ("554 5.7.1 ..."). */
    StubSmtpServer answeringData(String reply) {
        dataReply = reply;
        return this;
    }

    /** Closes the connection, without a reply, when a message arrives after the first {@code n} on it. */
    StubSmtpServer droppingAfter(int n) {
        dropAfter = n;
        return this;
    }

    /** Stops listening and closes every connection once {@code n} messages have been accepted in all. */
    StubSmtpServer stoppingAfter(int n) {
        stopAfter = n;
        return this;
    }

    /** Offers STARTTLS with the test certificate. */
    StubSmtpServer withStartTls() {
        tls = TestTls.serverContext();
        return this;
    }

    /** Asks for AUTH PLAIN with these credentials. */
    StubSmtpServer withLogin(String user, String password) {
        this.user = user;
        this.password = password;
        return this;
    }

    List<Received> received() {
        return Collections.unmodifiableList(received);
    }

    int connections() {
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                open.add(s);
                connections.incrementAndGet();
                Thread t = new Thread(() -> serve(s), "stub-smtp-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (Socket s = socket) {
            s.setSoTimeout(20_000);
            Session session = new Session(s);
            session.run();
        } catch (IOException e) {
            // The client went away, or the test stopped the server.
        }
    }

    private final class Session {
        private Socket socket;
        private BufferedReader in;
        private OutputStream out;
        private boolean secure;
        private boolean authenticated;
        private int messagesHere;

        Session(Socket socket) throws IOException {
            attach(socket);
        }

        private void attach(Socket s) throws IOException {
            socket = s;
            in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            out = s.getOutputStream();
        }

        void run() throws IOException {
            reply("220 localhost stub ESMTP");
            String from = null;
            List<String> rcpts = new ArrayList<>();
            for (String line; (line = in.readLine()) != null; ) {
                String cmd = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
                switch (cmd) {
                    case "EHLO" -> {
                        List<String> ext = new ArrayList<>(List.of("250-localhost"));
                        if (tls != null && !secure) {
                            ext.add("250-STARTTLS");
                        }
                        if (user != null && (tls == null || secure)) {
                            ext.add("250-AUTH PLAIN");
                        }
                        ext.add("250 8BITMIME");
                        reply(String.join("\r\n", ext));
                    }
                    case "HELO" -> reply("250 localhost");
                    case "STAR" -> {
                        if (tls == null || secure) {
                            reply("502 5.5.1 not offered");
                            continue;
                        }
                        reply("220 2.0.0 ready to start TLS");
                        SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(socket,
                                socket.getInetAddress().getHostAddress(), socket.getPort(), true);
                        ssl.setUseClientMode(false);
                        ssl.startHandshake();
                        attach(ssl);
                        secure = true;
                    }
                    case "AUTH" -> {
                        String[] parts = line.split(" ");
                        String response = parts.length > 2 ? parts[2] : null;
                        if (response == null) {
                            reply("334 ");
                            response = in.readLine();
                        }
                        String[] fields = new String(Base64.getDecoder().decode(response), StandardCharsets.UTF_8).split("\0");
                        if (fields.length == 3 && fields[1].equals(user) && fields[2].equals(password)) {
                            authenticated = true;
                            reply("235 2.7.0 Authentication successful");
                        } else {
                            reply("535 5.7.8 Authentication credentials invalid");
                        }
                    }
                    case "MAIL" -> {
                        if (user != null && !authenticated) {
                            reply("530 5.7.0 Authentication required");
                            continue;
                        }
                        if (dropAfter >= 0 && messagesHere >= dropAfter) {
                            socket.close();
                            return;
                        }
                        from = address(line);
                        rcpts.clear();
                        reply("250 2.1.0 OK");
                    }
                    case "RCPT" -> {
                        String to = address(line);
                        if (refused.contains(to)) {
                            reply("550 5.1.1 <" + to + ">: Recipient address rejected: User unknown");
                        } else if (deferred.contains(to)) {
                            reply("451 4.7.1 <" + to + ">: Recipient address rejected: greylisted, try again later");
                        } else {
                            rcpts.add(to);
                            reply("250 2.1.5 OK");
                        }
                    }
                    case "DATA" -> {
                        if (rcpts.isEmpty()) {
                            reply("554 5.5.1 no valid recipients");
                            continue;
                        }
                        reply("354 End data with <CR><LF>.<CR><LF>");
                        ByteArrayOutputStream data = new ByteArrayOutputStream();
                        for (String d; (d = in.readLine()) != null && !d.equals("."); ) {
                            data.writeBytes((d.startsWith(".") ? d.substring(1) : d).getBytes(StandardCharsets.ISO_8859_1));
                            data.writeBytes(new byte[] {'\r', '\n'});
                        }
                        if (dataReply != null) {
                            reply(dataReply);
                            continue;
                        }
                        received.add(new Received(from, List.copyOf(rcpts), data.toByteArray()));
                        messagesHere++;
                        reply("250 2.0.0 Ok: queued as Q" + received.size());
                        if (stopAfter >= 0 && received.size() >= stopAfter) {
                            close();
                            return;
                        }
                    }
                    case "RSET" -> {
                        rcpts.clear();
                        reply("250 2.0.0 OK");
                    }
                    case "NOOP" -> reply("250 2.0.0 OK");
                    case "QUIT" -> {
                        reply("221 2.0.0 Bye");
                        return;
                    }
                    default -> reply("502 5.5.2 command not recognized");
                }
            }
        }

        private void reply(String text) throws IOException {
            out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
    }

    private static String address(String line) {
        int lt = line.indexOf('<');
        int gt = line.indexOf('>');
        return lt >= 0 && gt > lt ? line.substring(lt + 1, gt) : "";
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
