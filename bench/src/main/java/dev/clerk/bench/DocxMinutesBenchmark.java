package dev.clerk.bench;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Body;
import dev.clerk.model.FollowUp;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.MeetingStatus;
import dev.clerk.model.Motion;
import dev.clerk.model.MotionResult;
import dev.clerk.model.NextMeeting;
import dev.clerk.model.Role;
import dev.clerk.model.Vote;
import dev.clerk.model.io.ModelReader;
import dev.clerk.compose.MinutesComposer;
import dev.clerk.render.docx.DocxOptions;
import dev.clerk.render.docx.DocxRenderer;
import dev.clerk.render.html.HtmlRenderer;
import dev.clerk.render.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the minutes: the reference meeting (8 attendees, 6 agenda items, 8 action items) and a synthetic
 * large one (60 agenda items, 40 attendees with roles, motions and action items). Each operation composes the
 * minutes and paints a complete document into memory: Word (zip included, the figure earlier releases measured),
 * PDF (tagged PDF/A) and HTML; {@code compose*} measure the composition alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class DocxMinutesBenchmark {
    private Body body;
    private Meeting seed;
    private Meeting large;
    private DocxRenderer renderer;
    private PdfRenderer pdf;
    private HtmlRenderer html;

    @Setup
    public void setUp() throws Exception {
        body = ModelReader.parseBody("committee.yaml", resource("swtpic/committee.yaml")).value();
        seed = ModelReader.parseMeeting("2017-03-27.yaml", resource("swtpic/meetings/2017-03-27.yaml")).value();
        large = synthetic(60, 40);
        renderer = new DocxRenderer(DocxOptions.defaults());
        pdf = new PdfRenderer();
        html = new HtmlRenderer();
    }

    @Benchmark
    public byte[] seedMeeting() throws IOException {
        return render(seed);
    }

    @Benchmark
    public byte[] synthetic60Items40Attendees() throws IOException {
        return render(large);
    }

    @Benchmark
    public Object composeSeedMeeting() {
        return MinutesComposer.compose(body, seed);
    }

    @Benchmark
    public Object composeSynthetic60Items40Attendees() {
        return MinutesComposer.compose(body, large);
    }

    @Benchmark
    public byte[] seedMeetingPdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        pdf.render(MinutesComposer.compose(body, seed), out);
        return out.toByteArray();
    }

    @Benchmark
    public byte[] seedMeetingHtml() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        html.render(MinutesComposer.compose(body, seed), out);
        return out.toByteArray();
    }

    private byte[] render(Meeting meeting) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        renderer.render(MinutesComposer.compose(body, meeting), out);
        return out.toByteArray();
    }

    private static String resource(String name) {
        try (InputStream in = DocxMinutesBenchmark.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A meeting with {@code items} agenda items (12 sections of sub-items) and {@code people} attendees. */
    static Meeting synthetic(int items, int people) {
        List<Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            attendees.add(new Attendee("Member Number " + i, "Organisation " + i,
                    i % 9 == 0 ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT,
                    i < 30 ? Role.MEMBER : i < 36 ? Role.GUEST : Role.STAFF, null));
        }
        String paragraph = "The committee discussed the report on outreach and housing policy in detail, heard public "
                + "comment from several speakers, and asked staff to return with figures on the cost of each option "
                + "and a timeline for the work that the task force asked for at its last meeting.";
        int sections = 12;
        int perSection = items / sections - 1;
        List<AgendaItem> agenda = new ArrayList<>();
        int n = 0;
        for (int s = 0; s < sections; s++) {
            List<AgendaItem> subs = new ArrayList<>();
            for (int k = 0; k < perSection; k++) {
                n++;
                subs.add(item("Sub-item " + n + " on the budget and the work plan", paragraph, n));
            }
            n++;
            AgendaItem section = item("Section " + (s + 1) + " of the agenda", paragraph, n);
            agenda.add(new AgendaItem(section.title(), null, null, null, null, section.narrative(), section.decisions(),
                    section.motions(), section.actions(), List.of(), null, List.of(), subs));
        }
        NextMeeting next = new NextMeeting(LocalDate.of(2024, 6, 5), LocalTime.of(18, 0), null,
                IntStream.range(0, 5).mapToObj(i -> new FollowUp("Staff will report on item " + i + ".", List.of(),
                        List.of())).toList(), List.of("Budget", "Work plan", "Public comment"));
        return new Meeting(LocalDate.of(2024, 5, 1), MeetingKind.REGULAR, null, LocalTime.of(18, 0),
                LocalTime.of(21, 15), null, MeetingStatus.DRAFT, null, "Member Number 1", "Member Number 37", attendees,
                agenda, next, List.of());
    }

    private static AgendaItem item(String title, String paragraph, int n) {
        List<Motion> motions = n % 4 == 0 ? List.of(new Motion("to adopt the recommendation", "Member Number 2",
                "Member Number 3", MotionResult.PASSED, Vote.counted(20, 3, 1), null)) : List.of();
        return new AgendaItem(title, null, null, null, null, List.of(paragraph, paragraph),
                List.of("The committee agreed to go ahead."), motions,
                List.of(new ActionItem(null, List.of("Member Number " + n % 30), "Report back on item " + n + ".",
                        LocalDate.of(2024, 6, 1), null, null)), List.of(), null, List.of(), List.of());
    }
}
