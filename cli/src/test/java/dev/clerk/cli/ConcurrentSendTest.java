package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code clerk send} runs of one committee at once, as threads of one program and as two programs: each
 * recipient gets exactly one message, and the run that found the other sending says so in one sentence.
 */
class ConcurrentSendTest {
    @TempDir
    Path dir;
    Path meeting;
    GreenMail greenMail;
    SlowStart server;

    @BeforeEach
    void setUp() throws IOException {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        // Each connection reaches GreenMail only after 3 s, so that the two runs surely overlap.
        server = new SlowStart(greenMail.getSmtp().getPort(), 3000);
        Files.createDirectories(dir.resolve("meetings"));
        Files.writeString(dir.resolve("committee.yaml"), resource("send/committee.yaml")
                .replace("port: PORT", "port: " + server.port()));
        meeting = dir.resolve("meetings/2017-05-22.yaml");
        Files.writeString(meeting, resource("send/meetings/2017-05-22.yaml"));
    }

    @AfterEach
    void tearDown() throws IOException {
        server.close();
        greenMail.stop();
    }

    @Test
    @Timeout(120)
    void twoThreadsSendingAtOnceReachEachRecipientOnce() throws Exception {
        build();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                start.await();
                int code = Clerk.run(new PrintWriter(out, true), new PrintWriter(err, true), "send",
                        meeting.toString(), "--to", "members", "--to", "staff");
                return code + "|" + out + err;
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : runs) {
            results.add(f.get(100, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertExactlyOnce(results);
    }

    @Test
    @Timeout(300)
    void twoProgramsSendingAtOnceReachEachRecipientOnce() throws Exception {
        build();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Clerk.class.getName(),
                    "send", meeting.toString(), "--to", "members", "--to", "staff")
                    .redirectErrorStream(true).start());
        }
        List<String> results = new ArrayList<>();
        for (Process p : processes) {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
            results.add(p.exitValue() + "|" + output);
        }
        assertExactlyOnce(results);
    }

    /** Builds the packet first, so that both runs reach the mail server at about the same moment. */
    private void build() {
        StringWriter out = new StringWriter();
        int code = Clerk.run(new PrintWriter(out, true), new PrintWriter(out, true), "packet", meeting.toString());
        assertThat(code).as(out.toString()).isZero();
    }

    private void assertExactlyOnce(List<String> results) throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            for (var a : m.getRecipients(Message.RecipientType.TO)) {
                to.add(a.toString());
            }
        }
        String all = String.join("\n---\n", results);
        assertThat(to).as(all).hasSize(5).doesNotHaveDuplicates();
        // One run sent to all; the other was refused at once, before building or sending anything.
        assertThat(results).as(all).anyMatch(r -> r.startsWith("0|") && r.contains("5 sent; send log: "));
        assertThat(results).as(all).anyMatch(r -> r.equals("1|clerk: " + dir.resolve("send-log.jsonl")
                + ": another clerk send to this committee is running; nothing was sent by this one, which can be run"
                + " again when the other has finished\n"));
    }

    /** A loopback TCP relay that holds every new connection for a while before passing it on to the real server. */
    static final class SlowStart implements java.io.Closeable {
        private final java.net.ServerSocket socket = new java.net.ServerSocket(0, 10,
                java.net.InetAddress.getLoopbackAddress());

        SlowStart(int target, long delayMillis) throws IOException {
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        java.net.Socket client = socket.accept();
                        Thread t = new Thread(() -> relay(client, target, delayMillis));
                        t.setDaemon(true);
                        t.start();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private static void relay(java.net.Socket client, int target, long delayMillis) {
            try (client; java.net.Socket upstream = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(),
                    target)) {
                Thread.sleep(delayMillis);
                Thread back = new Thread(() -> pump(upstream, client));
                back.setDaemon(true);
                back.start();
                pump(client, upstream);
                back.join(10_000);
            } catch (IOException | InterruptedException e) {
                // the test is over
            }
        }

        private static void pump(java.net.Socket from, java.net.Socket to) {
            try {
                from.getInputStream().transferTo(to.getOutputStream());
                to.shutdownOutput();
            } catch (IOException e) {
                // one side closed
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConcurrentSendTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
