package dev.clerk.cli;

import dev.clerk.mail.Document;
import dev.clerk.mail.DocumentKind;
import dev.clerk.mail.Outcome;
import dev.clerk.mail.Outgoing;
import dev.clerk.mail.PacketMailer;
import dev.clerk.mail.Recipient;
import dev.clerk.mail.SendLock;
import dev.clerk.mail.SendLog;
import dev.clerk.mail.SendPlan;
import dev.clerk.mail.SendReport;
import dev.clerk.mail.SmtpAccess;
import dev.clerk.model.Body;
import dev.clerk.model.DistributionList;
import dev.clerk.model.Meeting;
import dev.clerk.model.check.CheckedCommittee;
import dev.clerk.model.check.Checker;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.Parsed;
import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import dev.clerk.model.io.RealPaths;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clerk send}: emails a meeting's packet, agenda or minutes to distribution lists, once per recipient. */
@Command(name = "send", sortOptions = false, mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Email a meeting's agenda packet, agenda or minutes to the committee's distribution lists,"
                + " exactly once per recipient.",
                "The SMTP password comes from CLERK_SMTP_PASSWORD or email.smtp.passwordFile, never the command line.",
                "One run at a time per committee: a second run meanwhile is refused (exit 1) and sends nothing.",
                "Exit codes: 0 all sent, 1 bad input, 2 bad usage, 3 some recipients not reached (the advice"
                        + " printed says whether running again can reach them)."})
final class SendCommand implements Callable<Integer> {
    /** Exit code when some recipients could not be reached; a second run sends to them only. */
    static final int PARTLY_SENT = 3;

    enum What { packet, agenda, minutes }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MEETING", description = "The meeting file, such as meetings/2017-05-22.yaml.")
    Path meetingFile;

    @Option(names = "--what", defaultValue = "packet", paramLabel = "DOC",
            description = "packet (default), agenda or minutes: the document in out/ to send.")
    What what;

    @Option(names = "--to", paramLabel = "LIST",
            description = "A distribution list from committee.yaml; repeatable (default: members).")
    List<String> lists = new ArrayList<>();

    @Option(names = "--bcc", description = "Send one message with every recipient in Bcc instead of one each.")
    boolean bcc;

    @Option(names = "--dry-run", description = "Write one .eml file per message into the outbox; send nothing.")
    boolean dryRun;

    @Option(names = "--outbox", paramLabel = "DIR", description = "Write the messages into DIR instead of sending"
            + " them: implies --dry-run (default outbox: outbox/ in the committee folder). Not the committee folder"
            + " itself, nor inside its meetings/, attachments/ or out/ folder.")
    Path outbox;

    @Option(names = "--resend", description = "Send again to recipients the send log shows as already sent; a"
            + " message replacing an earlier, different version has a subject starting 'Updated: '.")
    boolean resend;

    @Option(names = "--link", paramLabel = "URL", description = "Send this link to the document instead of"
            + " attaching it (for documents over the size limit).")
    String link;

    private final Clock clock;
    private final UnaryOperator<String> environment;
    private final DocumentSource documents;

    /** The folder, in the committee folder, that --dry-run writes into: not out/, which is posted as it is. */
    static final String OUTBOX = "outbox";

    SendCommand() {
        this(defaultClock(System.getenv("SOURCE_DATE_EPOCH")), System::getenv, new BuiltDocuments());
    }

    SendCommand(Clock clock, UnaryOperator<String> environment, DocumentSource documents) {
        this.clock = clock;
        this.environment = environment;
        this.documents = documents;
    }

    /** The system clock, or the fixed time of SOURCE_DATE_EPOCH so that --dry-run output can be reproduced. */
    static Clock defaultClock(String sourceDateEpoch) {
        if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) {
            return Clock.systemUTC();
        }
        try {
            return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())), ZoneOffset.UTC);
        } catch (NumberFormatException e) {
            throw new UsageException("SOURCE_DATE_EPOCH: '" + sourceDateEpoch + "' is not a number of seconds");
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(meetingFile)) {
            throw new InputException(Problem.error(meetingFile.toString(), Position.FILE, "", "no such file"));
        }
        String name = meetingFile.getFileName().toString();
        if (!CommitteeFolder.isMeetingFileName(name)) {
            throw new UsageException(meetingFile + ": not a meeting file (meetings/YYYY-MM-DD.yaml)");
        }
        Path root = CommitteeFolder.root(meetingFile);
        if (outbox != null) {
            CommandInputs.ofDocuments().committee(root).refuseAsFolder("--outbox", outbox);
            Path posted = BuiltDocuments.outFolder(root);
            if (RealPaths.of(outbox).startsWith(RealPaths.of(posted))) {
                throw new UsageException("--outbox " + outbox + " is inside " + display(posted) + "/, which is posted"
                        + " as it is; give a folder outside it (the default is " + display(root.resolve(OUTBOX)) + "/)");
            }
            dryRun = true;
        }
        // A run that sends holds the committee's send lock from before it builds until its last message is logged.
        try (SendLock lock = dryRun ? null : SendLock.take(root)) {
            return send(root, out, err);
        }
    }

    private int send(Path root, PrintWriter out, PrintWriter err) throws Exception {
        String name = meetingFile.getFileName().toString();
        String meetingKey = name.substring(0, name.lastIndexOf('.'));
        Path bodyFile = display(root.resolve(CommitteeFolder.BODY_FILE));
        CheckedCommittee checked = Checker.read(meetingFile);
        Parsed<Body> body = checked.body();
        Meeting meeting = checked.meeting(meetingFile).value();
        List<String> to = lists.isEmpty() ? List.of("members") : List.copyOf(lists);
        checkLists(body.value(), to, bodyFile);
        DocumentKind kind = DocumentKind.valueOf(what.name().toUpperCase(Locale.ROOT));

        PacketMailer.Builder builder = PacketMailer.builder(body, meeting, meetingKey).what(kind).lists(to).bcc(bcc)
                .clock(clock);
        if (link != null) {
            builder.link(url(link));
        } else {
            Document doc = documents.document(checked, root, body.value(), meetingFile, meetingKey, kind);
            builder.document(doc);
        }
        PacketMailer mailer = builder.build();
        Path logFile = root.resolve(SendLog.FILE_NAME);
        if (dryRun) {
            return dryRun(mailer, logFile, root, out);
        }
        if (body.value().email().smtp() == null) {
            throw new InputException(Problem.error(bodyFile.toString(), body.source().valueAt("email"), "email",
                    "no mail server: add email.smtp with at least host to send, or use --dry-run"));
        }
        SmtpAccess access = SmtpAccess.of(body.value().email().smtp(), root, bodyFile.toString(), environment);
        Path passwordFile = SmtpAccess.passwordFile(body.value().email().smtp(), root, environment).orElse(null);
        if (passwordFile != null && SmtpAccess.readableByOthers(passwordFile)) {
            err.println("clerk: warning: " + display(passwordFile) + " can be read by other users; run: chmod 600 "
                    + display(passwordFile));
        }
        try (SendLog log = SendLog.open(logFile)) {
            SendPlan plan = mailer.plan(log, resend);
            if (plan.messages().isEmpty()) {
                out.printf("nothing to send: all %d recipient%s of the %s already have it (see %s; --resend sends"
                                + " again)%n", plan.skipped().size(), plural(plan.skipped().size()), kind.key(),
                        display(logFile));
                outdated(plan, kind, err);
                return 0;
            }
            SendReport report = mailer.send(plan, access, log);
            int code = summarize(report, logFile, out, err);
            outdated(plan, kind, err);
            return code;
        }
    }

    /** Says when recipients left out have an earlier version: the meeting file changed since they were sent it. */
    private void outdated(SendPlan plan, DocumentKind kind, PrintWriter err) {
        long n = plan.outdated().size();
        if (n > 0) {
            err.printf("clerk: warning: the %s changed since it was sent (%s was edited): %d recipient%s ha%s an"
                            + " out-of-date copy; send them this one with --resend (its subject starts 'Updated: ')%n",
                    kind.key(), display(meetingFile), n, plural(n), n == 1 ? "s" : "ve");
        }
    }

    private int dryRun(PacketMailer mailer, Path logFile, Path root, PrintWriter out) throws Exception {
        Path dir = outbox != null ? outbox : root.resolve(OUTBOX);
        SendPlan plan;
        try (SendLog log = SendLog.read(logFile)) {
            plan = mailer.plan(log, resend);
        }
        for (Outgoing o : plan.messages()) {
            Path file = dir.resolve(o.fileName());
            AtomicFile.write(file, o::writeTo);
            out.println("wrote " + display(file) + (o.updated() ? " (updated, to " : " (to ") + o.recipients().stream().map(Recipient::toString)
                    .collect(Collectors.joining(", ")) + ")");
        }
        for (Outcome o : plan.skipped()) {
            out.println("skipped " + o.recipient() + ": already sent " + o.detail());
        }
        out.printf("dry run: %d message%s written to %s, nothing sent%s%n", plan.messages().size(),
                plural(plan.messages().size()), display(dir),
                plan.skipped().isEmpty() ? "" : "; " + plan.skipped().size() + " already sent (--resend includes them)");
        return 0;
    }

    private int summarize(SendReport report, Path logFile, PrintWriter out, PrintWriter err) {
        int width = report.outcomes().stream().mapToInt(o -> o.status().word().length()).max().orElse(0);
        // A reason shared by several recipients (a refused login, a lost server) is printed once, after them.
        Map<String, Long> shared = report.outcomes().stream().filter(o -> !o.delivered() && !o.detail().isEmpty())
                .collect(Collectors.groupingBy(Outcome::detail, LinkedHashMap::new, Collectors.counting()));
        shared.values().removeIf(n -> n < 2);
        for (Outcome o : report.outcomes()) {
            String detail = o.detail().isEmpty() || shared.containsKey(o.detail()) ? "" : ": " + o.detail();
            out.println(String.format("%-" + width + "s  %s%s", o.status().word(), o.recipient(), detail).strip());
        }
        List<String> counts = new ArrayList<>();
        for (Outcome.Status s : Outcome.Status.values()) {
            long n = report.count(s);
            if (n > 0) {
                counts.add(n + " " + s.word());
            }
        }
        out.println(String.join(", ", counts) + "; send log: " + display(logFile));
        for (String reason : shared.keySet()) {
            err.println("clerk: not sent to " + shared.get(reason) + " recipients: " + reason);
        }
        if (report.complete()) {
            return 0;
        }
        long lasting = report.outcomes().stream().filter(o -> !o.delivered() && o.lasting()).count();
        long passing = report.outcomes().stream().filter(o -> !o.delivered() && !o.lasting()).count();
        if (passing > 0) {
            err.printf("clerk: %d recipient%s not reached for now; run the same command again (later) to send to %s"
                    + " only%n", passing, plural(passing), passing == 1 ? "that one" : "those");
        }
        if (lasting > 0) {
            err.printf("clerk: %d recipient%s not reached, and running again will not change that: fix what the"
                    + " server said above (the address in committee.yaml, the login, the certificate) first%n",
                    lasting, plural(lasting));
        }
        return PARTLY_SENT;
    }

    private static void checkLists(Body body, List<String> names, Path bodyFile) {
        String known = body.lists().stream().map(DistributionList::name).collect(Collectors.joining(", "));
        for (String n : names) {
            if (body.list(n).isEmpty()) {
                throw new UsageException(body.lists().isEmpty()
                        ? "--to " + n + ": " + bodyFile + " defines no distribution lists; add 'lists:' (see the schema)"
                        : "--to " + n + ": no such list in " + bodyFile + "; the lists are: " + known);
            }
        }
    }

    private static URI url(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new UsageException("--link: '" + text + "' is not a web address such as https://example.org/packet.pdf");
    }

    /** A path as short as it can be shown: relative to the current folder when inside it. */
    static Path display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return abs.startsWith(here) ? here.relativize(abs) : abs;
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
