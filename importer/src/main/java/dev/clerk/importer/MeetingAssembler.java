package dev.clerk.importer;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.FollowUp;
import dev.clerk.model.Location;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.MeetingStatus;
import dev.clerk.model.Motion;
import dev.clerk.model.Names;
import dev.clerk.model.NextMeeting;
import dev.clerk.model.Person;
import dev.clerk.model.Role;
import dev.clerk.model.Vote;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Puts the recognisers' findings together into a {@link Meeting}, noting every guess and what was left out. */
final class MeetingAssembler {
    /** How a line ends that goes on on the next: a comma, an ampersand, a word that cannot end a sentence. */
    private static final Pattern WRAPPED = Pattern.compile("(?i)(?:[,&(/–-]|\\b(?:and|or|of|the|a|an|to|with|for|in|on|at|by"
            + "|from|that|which|who|as|our|their|its|his|her|is|are|was|were|be|been|needs?|per))\\s*$");
    /** How a line ends that is complete: a full stop, a question, a colon before a list. */
    private static final Pattern WRAPPED_NOT = Pattern.compile("[.!?:;]\\s*$");
    /**
     * "Action: ...", "TODO: ...", and with the owner in brackets after the label, as task trackers write it:
     * "TODO(Jasper): ...", "AI[BS]: ...", "Action (Ann): ...", "ACTION [@omar] - ...".
     */
    private static final Pattern ACTION_LABEL = Pattern.compile("(?i)^(?:action(?:\\s+items?)?|to[\\s-]*do|task|ai)"
            + "(?:\\s*[(\\[]\\s*(?<owner>[^()\\[\\]\\d]{1,40}?)\\s*[)\\]])?\\s*(?::|\\s[–—-])\\s*(?<rest>\\S.*)$");
    /** "Action DH: ...", "ACTION Ann Lee: ...", "Action JB/KS: ...": the owners straight after the label, before the colon. */
    private static final Pattern NAMED_LABEL = Pattern.compile("^(?i:action)\\s+(?<who>@?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?"
            + "(?:\\s*[,/&]\\s*@?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)*)\\s*:\\s*(?<rest>\\S.*)$");
    /**
     * "ACT-TC-2016-58: Action: PR - send the list", "AI-12: Action: ...": the number an action tracker gives the item,
     * before the label; it stays with the task, after it.
     */
    private static final Pattern TRACKED_LABEL = Pattern.compile("^(?<id>\\p{Lu}{2,}(?:-[\\p{Lu}\\d]+)*-\\d+)\\s*:\\s*"
            + "(?=(?i:action(?:\\s+items?)?|to[\\s-]*do|task)\\s*(?::|\\s[–—-]))");
    /**
     * "`Bill`_", "`Bill Lee <https://...>`_", "[Bill Lee](https://...)": a name written as a link (reStructuredText,
     * Markdown), read as the name by the recognisers; the narrative keeps the link as written.
     */
    private static final Pattern NAME_LINK = Pattern.compile("`(?<rst>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})\\s*"
            + "(?:<[^<>`]*>)?`__?|\\[(?<md>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})]\\((?:https?:|mailto:|/|#)[^()\\s]*\\)");
    /**
     * "[ACTION] Ann to ...", "(Action) ...", "[TODO]: ...": the label in brackets, as trackers and wikis write it; or set
     * apart by emphasis or capitals alone ("***ACTION*** Ann to ...", "ACTION Ann to ...").
     */
    private static final Pattern BRACKETED_LABEL = Pattern.compile("(?i)^(?:[\\[(]\\s*(?:action(?:\\s+items?)?|to[\\s-]*do|task|ai)"
            + "\\s*[\\])]"
            // "***ACTION*** Ann to ...", "**Action:** ...", "_TODO_ ...": the label set apart by emphasis alone.
            + "|(?<mark>\\*{1,3}|_{1,3})\\s*(?:action|to[\\s-]*do)\\s*:?\\s*\\k<mark>"
            // "ACTION Rosa to ask ...": the label in capitals, its emphasis gone with the Markdown, before the owner.
            + "|(?-i:ACTION)(?=\\s+(?:@|(?!(?-i:Required|Points?|Items?|Log|List|Plan|Tracker|Taken|Review)\\b)\\p{Lu}\\p{Ll})))"
            + "\\s*(?::|[–—-])?\\s*(?=[\\p{L}@(\\[])");
    /**
     * "**Erik**", "Erik:", "Actions for Erik", "Erik's actions", "Erik -": a line of its own naming the person whose
     * tasks the list below it holds.
     */
    private static final Pattern GROUP_HEAD = Pattern.compile("(?i)^(?:(?:actions?(?:\\s+items?)?|tasks?|to-?dos?|assignments)\\s+"
            + "(?:for|of)\\s+|for\\s+)?(?<who>[^:;,.!?()]{2,60}?)(?:['’]s?\\s+(?:actions?(?:\\s+items?)?|tasks?|to-?dos?|items?|list))?"
            + "\\s*(?::|\\s[–—-]+)?$");
    /** Words in brackets after a label that say how urgent or how far along a task is, not whose it is. */
    private static final Pattern NOT_AN_OWNER = Pattern.compile("(?i)urgent|high|low|medium|done|open|closed|pending|wip"
            + "|ongoing|new|later|next|optional|carried|carried over|in progress|complete|completed|tbd|tba|none|n/a|p\\d");
    /** "dunnthat volunteered ...": a user name in lower case opening a sentence. */
    private static final Pattern HANDLE_START = Pattern.compile("(\\p{Ll}[\\p{Ll}\\d_.-]{1,24})\\s+\\p{Ll}");
    /** Notes after a name that say how or as what someone attended, not their user name. */
    private static final Pattern NOT_A_HANDLE = Pattern.compile("late|early|remote|remotely|online|virtual|phone|video|absent"
            + "|present|chair|secretary|treasurer|guest|visitor|proxy|observer|staff|member|members|ex-officio|apologies");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}@])\\p{Ll}[\\p{L}'’-]*");
    /** "Resolved", "**Decisions**", "Agreed actions:": a heading or a line of its own over what the meeting settled. */
    private static final Pattern SETTLED_LABEL = Pattern.compile("(?i)^[*_#\\s]*(?:resolved|resolutions?|decisions?"
            + "(?:\\s+(?:made|taken|and\\s+actions?))?|agreed(?:\\s+actions?)?|outcomes?|agreements?)[*_]*\\s*:?\\s*[*_]*\\s*$");
    private static final Pattern ACTION_SECTION = Pattern.compile("(?i)^(?:new\\s+)?(?:action\\s+items?|actions|action\\s+list|"
            + "tasks|follow[- ]?ups?|assignments|next\\s+steps|action\\s+points?|actions?\\s+arising|(?:review\\s+of\\s+)?duties"
            + "|duties\\s+assigned|to-?do(?:\\s+list)?)\\b.*");
    /** "Action items:", "**Next steps:**": a line of its own over the list of a minute's tasks. */
    private static final Pattern ACTION_LIST_LABEL = Pattern.compile("(?i)^[*_]*(?:action\\s+items?|actions|to-?dos?|next\\s+steps"
            + "|follow[- ]?ups?|action\\s+points?)[*_]*\\s*:\\s*[*_]*\\s*$");
    private static final Pattern APPROVALS_SECTION = Pattern.compile("(?i).*\\b(?:approved|adopted|ratified|elected)$");
    private static final Pattern SIGNATURE = Pattern.compile("(?i)^(?:respectfully\\s+submitted|attest(?:ed)?|submitted\\s+by|"
            + "minutes\\s+(?:prepared|taken|recorded|submitted)\\s+by|recorded\\s+by|prepared\\s+by)\\b[,:]?\\s*(?<rest>.*)$");
    private static final Pattern PRESIDING = Pattern.compile("(?:(?i:led|chaired|presided\\s+over|facilitated)\\s+by\\s+)"
            + "(?<name>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})");
    private static final Pattern ROLE_LABEL = Pattern.compile("(?i)^(?<role>chair|chairperson|chaired by|presiding|presided by"
            + "|facilitator|facilitated by|recorder|recorded by|minutes(?: taken| recorded)?(?: by)?|minute taker|note taker"
            + "|notes(?: taken)? by|scribe|clerk)\\s*:\\s*(?<name>\\p{Lu}[\\p{L}'’.\\- ]{1,60}?)\\.?$");
    private static final Pattern DUE = Pattern.compile("(?i)\\b(?:by|before|no\\s+later\\s+than|on\\s+or\\s+before|due(?:\\s+on|\\s+by)?)"
            + "\\s+(?:the\\s+)?(?<what>next\\s+meeting|" + DateRecognizer.MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + DateRecognizer.MONTH + "\\b(?:,?\\s+\\d{4})?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)");
    /** "Community:", "Approval of previous minutes:", "Bank balance:": a run-in label of capitalised words opening a line. */
    private static final Pattern RUN_IN_LABEL = Pattern.compile("^\\p{Lu}[\\p{L}'’&/-]*(?:\\s+[\\p{L}'’&/-]+){0,5}:\\s+\\S");

    /**
     * Whether {@code next} is a line of its own in a block of lines each opened by a run-in label ("Community: Jo Hale,
     * Ray Quinn" over "Approval of previous minutes: moved Tom Reed, ..."; "Bank balance: $500" over "Hall hire: $40 a
     * night"), not a paragraph wrapped over them: the paragraph so far opens with such a label, and ends as a line a
     * writer ends, with no comma or word that needs the words after it. A motion's own steps ("Motion: ..." over
     * "Result: carried", "Votes: 5-0") stay one paragraph with it.
     */
    private static boolean runInLabels(CharSequence sofar, String next) {
        String t = sofar.toString();
        return RUN_IN_LABEL.matcher(t).find() && RUN_IN_LABEL.matcher(next).find() && !WRAPPED.matcher(t).find()
                && !MOTION_STEP_LABEL.matcher(t).lookingAt() && !MOTION_STEP_LABEL.matcher(next).lookingAt();
    }

    /** "Motion:", "Result:", "Votes:", "Against:": the labels of a motion's steps, which read as one paragraph. */
    private static final Pattern MOTION_STEP_LABEL = Pattern.compile("(?i)(?:motion|resolution|proposal|amendment|results?"
            + "|outcomes?|decision|votes?|voting|for|against|abstain(?:ed|ing|s)?|abstentions?|in\\s+favou?r|opposed"
            + "|carried|status)\\s*:");

    /** A line that starts its own paragraph even without a blank line before it. */
    private static final Pattern WHEN_SECTION = Pattern.compile("(?i)^(?:(?:meeting\\s+)?(?:date|time|when|schedule)"
            + "(?:\\s*(?:,|and|&|/)\\s*(?:date|time|place|location|venue|where))*|(?:place|location|venue)\\s*(?:and|&|/)\\s*"
            + "(?:date|time))\\s*:?$");
    private static final Pattern LABELLED = Pattern.compile("(?i)^(?:action(?:\\s+items?)?|motion|decision|resolved|"
            + "agreed|outcome|to\\s*do|task|(?:proposed|moved|seconded)(?:\\s+by)?|mover|seconder|proposer|(?:action|to\\s*do|ai)\\s*[(\\[][^()\\[\\]]{1,40}[)\\]]"
            // "Action DH:", "ACTION JB/KS:": the owners' initials straight after the label.
            + "|[*_]{0,2}action\\s+(?-i:" + ActionItemRecognizer.INITIALS + "))"
            + "\\s*:");
    /** "... 11:42am", "... – 7 p.m.": a time with its a.m. or p.m. ending a heading. */
    private static final Pattern TIME_AT_END = Pattern.compile("(?i)(?:\\s|[-–—,(]\\s*)"
            + "(?<time>\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?\\s?m\\.?)\\)?$");
    private static final Pattern FILE_DATE = Pattern.compile("(\\d{4})[-_]?(\\d{2})[-_]?(\\d{2})");

    /** The longest line that stands as a line of the minutes' opening by its length alone ("Meeting of May 4, 2021"). */
    private static final int OPENING_LINE = 100;
    /** Words that say when a meeting took place: "held on", "meeting of", "minutes of". */
    private static final Pattern HELD = Pattern.compile("(?i)\\b(?:held|took\\s+place|convened|meeting\\s+(?:of|on)"
            + "|minutes\\s+of)\\b");
    /** How many lines with words, from the top, may hold the date of minutes whose header gives none. */
    private static final int OPENING_LINES = 12;
    /** A date that is another meeting's or another day's: the next meeting, an approval, an adjournment to a day. */
    private static final Pattern OTHER_DAY = Pattern.compile("(?i)\\bnext\\b|\\bapprov|\\badjourn|\\bprevious|\\blast\\s+"
            + "meeting|\\bcirculated|\\bposted|\\bupdated|\\bpublished|\\bcopyright|\\b(?:due|deadline|until|by)\\b");

    /**
     * The first line of the minutes' opening ({@value #OPENING_LINES} lines with words) with a full date in it, not one
     * that names another day (the next meeting's, an approval's, a deadline); null when none has.
     */
    static Line openingDate(List<Line> lines) {
        int seen = 0;
        for (Line l : lines) {
            if (l.isBlank() || l.kind() == Line.Kind.RULE) {
                continue;
            }
            if (++seen > OPENING_LINES) {
                return null;
            }
            // A short line ("Meeting of May 4, 2021", "Tuesday 4 May 2021, 7pm") or one that says the meeting was held
            // then, not a date in the course of a minute ("... the grant made on 17 May 2021 ...").
            String t = l.text().strip();
            if (DateRecognizer.first(t) != null && !OTHER_DAY.matcher(t).find()
                    && (t.length() <= OPENING_LINE || HELD.matcher(t).find())) {
                return l;
            }
        }
        return null;
    }

    /** The longest sentence the recognisers read, in characters. */
    static final int MAX_SENTENCE = 1500;

    private final String file;
    private final ImportOptions options;
    private final List<String> warnings;
    private final List<Guess> guesses = new ArrayList<>();
    private final List<Attendee> attendees = new ArrayList<>();
    private final List<Drafts.Item> agenda = new ArrayList<>();
    private final List<Drafts.FollowUp> followUps = new ArrayList<>();
    private final List<String> proposed = new ArrayList<>();
    private LocalDate date;
    private LocalDate nextDate;
    private LocalTime nextTime;
    private boolean nextSeen;
    private TimeRecognizer.Found start;
    private TimeRecognizer.Found calledAt;
    /** Whether {@link #calledAt} is the opening of the meeting itself, not of a session or item in it. */
    private boolean calledAtOpens;
    private boolean startFromFrontMatter;
    /** Whether {@link #start} is a field's of the header ("Time: 7 p.m."), not a bare time under the date. */
    private boolean startInField;
    private TimeRecognizer.Found end;
    private Location location;
    private String placeFromCallToOrder;
    private String presiding;
    private String recorder;
    /** The presiding officer and the one who took the minutes as a field of the header names them ("Recorder: Ann Lee"). */
    private final List<String> officersNamed = new ArrayList<>();
    /** The text of every source line, where an initialled attendee's full name may be found. */
    private List<String> sourceTexts = List.of();
    private List<String> pendingProposed;
    private List<Placement> placements = List.of();
    /** Whether the minutes follow a timed agenda: three list items or more start with their time slot. */
    private boolean timedAgenda;
    /** The attendance section whose subsections are being read, whose captions group its people; null elsewhere. */
    private AttendanceParser.Label enclosingAttendance;
    /** Whether the section being read sits under "Action Items", whose subsections may each be one person's. */
    private boolean underActionSection;
    /** Whether the minutes are written line under line, each line a paragraph of its own (a note, a labelled line). */
    private boolean lineByLine;
    /** The people the minutes record speaking, with the line where they first do. */
    private final Map<Speakers.Speaker, Integer> speakers = new LinkedHashMap<>();
    /** The people who take part by a courtesy title and their name ("Mrs. Lord suggested"), as written, by line. */
    private final Map<Speakers.Speaker, Integer> honoured = new LinkedHashMap<>();
    /** The members who move, second or speak by the title of their seat and surname ("Cr Sims moved"), by line. */
    private final Map<Speakers.Speaker, Integer> members = new LinkedHashMap<>();
    /** Whether the minutes list no one present, so that who is listed was read from what they did; set by build. */
    private boolean withoutRoll;
    /** Who opened, chaired or closed the meeting ("Meeting opened at 7 pm by Jo Hale"), by the line that says so. */
    private final Map<Speakers.Speaker, Integer> openers = new LinkedHashMap<>();
    /** Words the minutes use alone for a person: "Heather" of "Heather mentioned ...", "Cart" of "Proposed by: Cart". */
    private final Set<String> namedAlone = new HashSet<>();
    /** First names alone that open sentences speaking ("Louis suggested ..."), by the line where they first do. */
    private final Map<String, Integer> firstNamesSpeaking = new LinkedHashMap<>();
    /** Initials that open lines as a speaker's ("MIH: I agree."), in minutes that write people so. */
    private Set<String> initialsSpeakers = Set.of();
    /** The text of each line of the source. */
    private List<String> texts = List.of();
    /** The people this document writes (its lists of names, speaker tags, bullet heads), for looser readings of owners. */
    private DocumentPeople people;
    /** Actions whose one owner, a given name no attendance names, is read as a person by {@link #keepMemoOwners}. */
    private final Set<Drafts.Action> memoOwned = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Actions read by the looser cues for a person of the document: kept only if the owner proves to be one. */
    private final Set<Drafts.Action> anchored = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /**
     * Words the minutes write in lower case somewhere ("website", "budget") or in a heading: a word never so written
     * may be a name.
     */
    private final Set<String> lowerWords = new HashSet<>();
    /** The time of the timed agenda's first entry: the start, when the minutes give no other. */
    private TimeRecognizer.Found firstSlot;
    /** The nicks a meeting bot's summary lists as present; empty for other minutes. */
    private Set<String> meetBotNicks = Set.of();

    MeetingAssembler(String file, ImportOptions options, List<String> warnings) {
        this.file = file;
        this.options = options;
        this.warnings = warnings;
    }

    Meeting assemble(SourceLines.Result read, boolean markdown, String fileName) throws InputException {
        // "70/23 Apologies ... at work. 71/23 Declarations ...": a council's minutes run together in one paragraph are
        // read one minute a line, each line a piece of its source line.
        SourceLines.Result source = markdown ? read : new SourceLines.Result(SectionHeadings.MinuteOrder.of(read.lines()).apart(),
                read.frontMatter(), read.frontMatterLines(), read.markedUp(), read.wordless());
        SectionHeadings.Outline outline = SectionHeadings.outline(source.lines(), markdown);
        lineByLine = outline.lineByLine();
        texts = source.lines().stream().map(Line::text).toList();
        initialsSpeakers = ActionItemRecognizer.initialsSpeakers(texts);
        transcriptSpeakers(source.lines());
        people = DocumentPeople.of(source.lines(), source.frontMatterLines());
        meetBotNicks = MeetBotSummary.nicks(source.lines());
        dashOwned = 0;
        for (Line l : source.lines()) {
            Matcher w = LOWER_WORD.matcher(l.text());
            while (w.find()) {
                lowerWords.add(w.group());
            }
            if (l.kind() == Line.Kind.HEADING) {
                // "### Website": a heading's words name topics, and a topic is no one's name; not the full name after
                // its dash ("Southern Chapter — Ruth Okafor"), which is who gave it.
                Matcher by = REPORTED_BY.matcher(l.text().strip());
                String topic = by.matches() && NameIndex.looksLikePersonName(by.group("who")) ? by.group("what") : l.text();
                Matcher bracketed = TITLE_PRESENTER.matcher(topic.strip());
                if (bracketed.find() && NameIndex.looksLikePersonName(bracketed.group("who"))) {
                    // "Election of officers (Ann Lee)": nor the name in brackets at its end, who presented it.
                    topic = topic.strip().substring(0, bracketed.start());
                }
                String[] officer = officerSplit(topic);
                if (officer != null) {
                    // "## Treasurer Okafor": nor the name after the office, whose holder gave the report.
                    topic = officer[0];
                }
                for (String h : topic.split("[^\\p{L}'’-]+")) {
                    lowerWords.add(h.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        for (Line l : source.lines()) {
            Matcher d = DASH_OWNER.matcher(l.text().strip());
            if (l.isListItem() && d.matches() && (knownPerson(d.group("owner")) || people.declares(d.group("owner")))) {
                dashOwned++;
            }
        }
        timedAgenda = source.lines().stream().filter(l -> l.isListItem() && TimeSlot.read(l.text()) != null).count() >= 3;
        List<Line> particulars = new ArrayList<>(outline.header());
        int firstTopic = 0;
        if (!outline.sections().isEmpty() && SectionHeadings.particulars(outline.sections().get(0).title)) {
            // "### Meeting Details" over "**Date**: ...": a part of the page holding the header's facts.
            particulars.addAll(outline.sections().get(0).lines);
            firstTopic = 1;
        }
        HeaderRecognizer.Header header = HeaderRecognizer.read(particulars,
                outline.sections().size() <= firstTopic ? null : outline.sections().get(firstTopic).heading, attendees);
        date = header.date;
        String dateGuess = null;
        if (header.dateEitherWay != null) {
            // "06-01-2012": month first unless the minutes' other dates are written day first ("13-05-2012").
            Boolean written = DateRecognizer.dayFirst(source.lines().stream().map(Line::text).toList());
            LocalDate swapped = LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
            // "11/10/2023" on a page whose front matter says "created: 2023-10-11", or in "agm-2023-10-11.txt": the
            // date the page or the file gives in a form that reads one way only settles which number is the day.
            Set<LocalDate> given = otherDates(source.frontMatter(), fileName);
            boolean settled = written == null && !given.contains(date) && given.contains(swapped);
            boolean dayFirst = Boolean.TRUE.equals(written) || settled;
            date = dayFirst ? swapped : date;
            dateGuess = "meeting date read as " + date + " from \"" + header.dateEitherWay + "\", "
                    + (settled ? "day first, as the front matter or the file name gives it"
                    : dayFirst ? "day first, as the minutes' other dates are written" : "month first, as US minutes write it");
        }
        if (date == null && source.frontMatter().containsKey("title")) {
            date = DateRecognizer.first(source.frontMatter().get("title"));
            dateGuess = date == null ? null : "meeting date taken from the front matter's title \""
                    + source.frontMatter().get("title") + "\"";
        }
        if (date == null) {
            Matcher m = FILE_DATE.matcher(fileName);
            if (m.find()) {
                try {
                    date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                    dateGuess = "meeting date taken from the file name " + fileName;
                } catch (java.time.DateTimeException e) {
                    date = null;
                }
            }
        }
        if (date == null) {
            // "date: 2021-10-13 5:00pm" in a page's front matter, in a file whose name gives no date: the day the site
            // files the minutes under, the meeting's.
            for (String key : List.of("date", "meeting_date", "meeting-date", "meetingdate")) {
                String value = source.frontMatter().get(key);
                LocalDate given = value == null ? null : DateRecognizer.first(value);
                if (date == null && given != null) {
                    date = given;
                    dateGuess = "meeting date taken from the front matter's " + key + " \"" + value.strip() + "\"";
                }
            }
        }
        if (date == null) {
            // "# Harbour Trust Board" over "Meeting of May 4, 2021": a date in the opening lines that the header did not
            // read as the meeting's, in a file whose name gives none, is the first a clerk would take.
            Line opening = openingDate(source.lines());
            if (opening != null) {
                date = DateRecognizer.first(opening.text());
                dateGuess = "meeting date taken from line " + opening.number() + " (\"" + opening.text().strip()
                        + "\"), the first date the minutes give: check it";
            }
        }
        if (date == null && header.nextDate != null) {
            // A header whose only date is the next meeting's, in minutes that give no other: that date, to be checked.
            date = header.nextDate;
            dateGuess = "meeting date taken from the note of the next meeting at the top of the minutes, the only date"
                    + " they give: check it";
        }
        if (options.date() != null) {
            if (date != null && !date.equals(options.date())) {
                warnings.add("the minutes give the date " + date + "; " + options.date() + " was used as asked");
            }
            date = options.date();
            dateGuess = null;
        }
        if (date == null) {
            throw new InputException(Problem.error(file, Position.FILE, "",
                    "no meeting date found in the minutes or the file name; give it with --date YYYY-MM-DD"));
        }
        if (dateGuess != null) {
            guesses.add(new Guess("date", dateGuess));
        }
        start = header.start;
        startInField = header.startInField;
        calledAt = header.calledAt;
        calledAtOpens = calledAt != null;
        if (start == null && (start = HeaderRecognizer.frontMatterStart(source.frontMatter(), date)) != null) {
            startFromFrontMatter = true;
        }
        if (start == null) {
            // "November 21, 2018, 9am-10:30am" under the title's heading, "When: 17:00 to 18:00" under a first item's.
            HeaderRecognizer.TopTime top = HeaderRecognizer.topTime(source.lines(), date);
            start = top == null ? null : top.time();
            // "**Time:** 6:00 PM" under a subtitle's heading is as much the record's own start as in the header.
            startInField = top != null && top.inField();
        }
        location = header.location;
        if (location == null && source.frontMatter().containsKey("location")) {
            // "location: Gig Harbor Library, 4424 Point Fosdick Drive NW": where the site lists the meeting.
            location = HeaderRecognizer.location(List.of(source.frontMatter().get("location")));
        }
        if (header.locationGuessed) {
            guesses.add(new Guess("location", "place read from the title line; the minutes give no address"));
        }
        for (Line l : outline.header()) {
            // "... AGM was well attended with Mr B.C. Hale in the chair.", "A regular meeting of the Board was held at
            // 17:00.  Ann Lee presided at the meeting.": the opening paragraph, read for the date and time or standing
            // as the title, names who presided as much as the paragraphs below it name who spoke.
            for (String sentence : l.kind() == Line.Kind.TEXT ? Sentences.plain(l.text()) : List.<String>of()) {
                Speakers.honorifics(sentence).forEach(who -> honoured.putIfAbsent(who, l.number()));
                Speakers.Speaker said = Speakers.in(sentence);
                if (said != null) {
                    speakers.putIfAbsent(said, l.number());
                }
                for (Speakers.Speaker chair : Speakers.presiding(sentence)) {
                    speakers.putIfAbsent(chair, l.number());
                }
                for (Speakers.Speaker chair : Speakers.opening(sentence)) {
                    openers.putIfAbsent(chair, l.number());
                }
            }
        }
        Set<Integer> loose = new HashSet<>();
        for (Line l : header.unread) {
            if (!readLoose(l)) {
                loose.add(l.number());
            }
        }
        for (Line l : outline.header()) {
            // Minutes whose converter ran every line into one ("MINUTES ... CALL TO ORDER ... A motion to approve the
            // minutes was made by ..."): the header's date was read from that line, and its motions and tasks are
            // read from it too, as from a paragraph without a heading.
            if (l.kind() == Line.Kind.TEXT && l.text().length() > RUN_TOGETHER) {
                loose.add(l.number());
            }
        }
        // "... HELD THIS 12TH DAY OF JANUARY AT 9:30 A.M.  THOSE PRESENT WERE: Mayor A, ...": the opening paragraph
        // names who was there; it stays as written, the people are read from it.
        List<Line> opening = outline.header().stream().filter(l -> l.kind() == Line.Kind.TEXT).toList();
        StringBuilder paragraph = new StringBuilder();
        for (int k = 0; k < opening.size(); k++) {
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(opening.get(k).text().strip());
            // A line joins the next only when the list on it breaks off there ("Commissioners Fish, Fritz,").
            if (k + 1 == opening.size() || opening.get(k + 1).number() != opening.get(k).number() + 1
                    || !paragraph.toString().matches("(?s).*(?:,|\\band|&)\\s*$")) {
                AttendanceParser.embedded(paragraph.toString(), attendees);
                paragraph.setLength(0);
            }
        }
        for (Section s : outline.sections()) {
            Drafts.Item item = section(s);
            if (item != null) {
                agenda.add(item);
            }
        }
        if (!loose.isEmpty()) {
            // Minutes without a heading: their paragraphs are read as one item, so that the tasks and motions in them
            // are found; when there are none, the LineKeeper keeps the text as the preamble, as before. Before the
            // first heading of minutes that have them, the paragraphs are that item only when they hold a motion
            // ("Motion made by Mr. Vogel, seconded and carried, that ..." above the first heading).
            List<Line> body = new ArrayList<>();
            for (Line l : source.lines()) {
                if (loose.contains(l.number()) || l.isBlank()) {
                    body.add(l);
                } else if (!body.isEmpty() && !body.get(body.size() - 1).isBlank() && l.kind() == Line.Kind.TEXT) {
                    // A line read already ("Apologies: Cy Dunn" between "Community: Jo Hale" and "Approval of the
                    // minutes: moved ..."): the paragraphs on either side of it are two. A table's rows read as the
                    // attendance stay out of it.
                    body.add(new Line(l.number(), "", Line.Kind.BLANK, 0, null, (char) 0, false));
                }
            }
            Drafts.Item whole = new Drafts.Item(LineKeeper.PREAMBLE, body.get(0).number());
            fillLines(whole, body);
            if (!whole.motions.isEmpty() || outline.sections().isEmpty() && !whole.actions.isEmpty()) {
                agenda.add(0, whole);
            }
        }
        for (Attendee listed : AttendanceParser.frontMatter(source.frontMatterLines())) {
            Attendee a = asTextWrites(listed, source.lines());
            // "directors:", "attendees: [A, B]", "chair: Ann": the people the site's front matter lists for the
            // meeting, after those the text names (a first name alone is the listed person of that first name).
            // "chairman: Jane Ritchie" is the text's "Miss Jane Ritchie".
            String key = NameIndex.fold(a.name());
            int alone = -1;
            for (int k = 0; k < attendees.size(); k++) {
                String o = NameIndex.fold(attendees.get(k).name());
                alone = !o.contains(" ") && key.startsWith(o + " ") ? k : alone;
            }
            if (alone >= 0 && attendees.get(alone).affiliation() == null && attendees.get(alone).role() == null) {
                // "Akhilesh joined the meeting at 05:27" in the text, "Akhilesh Jamdar" among the directors listed:
                // the listed person, as the list writes them (the sentence stays in the narrative).
                attendees.remove(alone);
            }
            if (attendees.stream().map(o -> NameIndex.fold(o.name())).noneMatch(o -> o.equals(key) || o.endsWith(" " + key)
                    || !key.contains(" ") && o.startsWith(key + " ") || !o.contains(" ") && key.startsWith(o + " "))) {
                attendees.add(a);
            }
        }
        sourceTexts = source.lines().stream().map(Line::text).toList();
        LineKeeper.Kept kept = LineKeeper.keep(build(header.kind), source, agenda, options.roster(), guesses);
        placements = kept.placements();
        return kept.meeting();
    }

    /** The dates written year first in the front matter's values and in the file name ("agm-2023-10-11.txt"). */
    private static Set<LocalDate> otherDates(java.util.Map<String, String> frontMatter, String fileName) {
        Set<LocalDate> found = new HashSet<>();
        List<String> texts = new ArrayList<>(frontMatter.values());
        texts.add(fileName == null ? "" : fileName);
        for (String t : texts) {
            Matcher m = ISO_DATE.matcher(t == null ? "" : t);
            while (m.find()) {
                try {
                    found.add(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                } catch (java.time.DateTimeException e) {
                    // not a date
                }
            }
        }
        return found;
    }

    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");

    /** Longer than any title or opening paragraph: a whole page of minutes run into one line. */
    private static final int RUN_TOGETHER = 1000;

    /**
     * A line before the first section that is neither title nor field: who presided, perhaps; else reported. Whether
     * the line was read.
     */
    private boolean readLoose(Line l) {
        Matcher p = PRESIDING.matcher(l.text());
        if (p.find() && presiding == null) {
            presiding = p.group("name");
            return true;
        }
        Matcher role = ROLE_LABEL.matcher(l.text());
        if (role.matches()) {
            String who = role.group("name").split("\\s*,\\s*|\\s{2,}")[0];
            // "Chair: Ann Lee", "Recorder: Bo Chen", "Notes taken by: Cy Dee": whoever held the meeting's office was there.
            officersNamed.add(who);
            if (role.group("role").toLowerCase(java.util.Locale.ROOT).matches("chair.*|presid.*|facilitat.*")) {
                presiding = presiding == null ? who : presiding;
            } else {
                recorder = recorder == null ? who : recorder;
                if (role.group("role").equalsIgnoreCase("clerk")) {
                    // "Clerk: Mrs P. Plumridge": the clerk takes the minutes and is there as staff, as "Staff:" reads.
                    attendees.add(AttendanceParser.staff(who, "Clerk"));
                }
            }
            return true;
        }
        // Anything else is kept as written by the LineKeeper, in the preamble.
        return false;
    }

    private Drafts.Item section(Section s) {
        String nextRest = NextMeetingRecognizer.titleRest(s.title);
        if (nextRest != null) {
            nextSection(s, nextRest);
            // "6. Date of next meeting", "## Next Meeting" over its date: an item of the order of business, which
            // keeps its place while what it says is read as the next meeting's. "IV. Next Meeting: May 22, 2017"
            // only gives the date (as the seed committee's own minutes have it).
            return firstDate(nextRest) != null ? null : new Drafts.Item(s.title, s.heading.number());
        }
        Drafts.Item item = new Drafts.Item(s.title, s.heading.number());
        if (!meetBotNicks.isEmpty() && meetBotPart(s, item)) {
            return item;
        }
        if (!s.heading.text().equals(s.title)) {
            // "Call to Order 06-01-2012 13:11", "Adjournment 14:59": the time the item was taken up, on its heading.
            times(s.heading.text());
        } else {
            // "## Call to Order" over "7:05 pm", "**Adjournment:** 8:10 pm" read as a run-in heading: the time the item
            // was taken up, first under its heading, is the heading's.
            Line first = s.lines.stream().filter(l -> !l.isBlank()).findFirst().orElse(null);
            TimeRecognizer.Found at = first == null ? null : TimeRecognizer.first(first.text().strip(), null);
            if (at != null && at.start() == 0) {
                times(s.title + " " + first.text().strip());
            }
        }
        if (start == null && WHEN_SECTION.matcher(s.title).matches()) {
            // "Time and Location", "Date and Time": the header's facts under a heading of their own.
            for (Line l : s.lines) {
                TimeRecognizer.Found t = l.isBlank() ? null : TimeRecognizer.first(HeaderRecognizer.withoutDates(l.text()), null);
                if (t != null) {
                    start = t;
                    startInField = true;
                    break;
                }
            }
        }
        // A section titled "Attendance", "Members Present", "Apologies": its lines name the people.
        AttendanceParser.Label attendance = AttendanceParser.heading(s.title, s.lines, enclosingAttendance);
        fill(item, attendance == null ? s.lines : AttendanceParser.readSection(s.lines, attendance, attendees));
        for (Section child : s.children) {
            // "Attendance" over "Board", "Staff", "Guests": its subsections caption groups of the people present.
            AttendanceParser.Label outer = enclosingAttendance;
            enclosingAttendance = attendance;
            boolean outerActions = underActionSection;
            underActionSection = ACTION_SECTION.matcher(s.title).matches();
            Drafts.Item c = section(child);
            underActionSection = outerActions;
            enclosingAttendance = outer;
            if (c != null) {
                titledTask(child, c);
                item.items.add(c);
            }
        }
        return item;
    }

    /**
     * "1. Budget discussed" over "1. Ann and Bo to regroup": a point of an outline read as an item of its own, with
     * nothing under it, whose words give named people a task. The title stays as written and the task is the item's.
     * Only people by name: an office or body over nothing ("Treasurer to report") is what the agenda takes up.
     */
    private void titledTask(Section child, Drafts.Item c) {
        if (!child.children.isEmpty() || !child.lines.stream().allMatch(Line::isBlank) || !c.actions.isEmpty()) {
            return;
        }
        for (ActionItemRecognizer.Found f : ActionItemRecognizer.inSentence(child.title, null)) {
            if (!f.owners().isEmpty() && f.pronoun() == null && f.owners().stream().noneMatch(o -> ActionItemRecognizer.isCollective(o)
                    || ActionItemRecognizer.isOfficer(o) || ActionItemRecognizer.isAcronym(o))) {
                c.actions.add(new Drafts.Action(f, child.title));
            }
        }
    }

    /**
     * A part of a meeting bot's summary read as the bot writes it: "People present (lines said)" gives the attendees by
     * nick ("ann (137)", with the lines said as a note), "Action items" and "Action items, by person" list the ACTION
     * lines of the topics again and are kept as written, never read as tasks a second time. False for any other section.
     */
    private boolean meetBotPart(Section s, Drafts.Item item) {
        boolean people = MeetBotSummary.PEOPLE.matcher(s.title.strip()).matches();
        if (!people && !MeetBotSummary.RECAP.matcher(s.title.strip()).matches()) {
            return false;
        }
        for (Line l : s.lines) {
            Matcher m = MeetBotSummary.PRESENT.matcher(l.text().strip());
            if (people && l.isListItem() && m.matches()) {
                attendees.add(new Attendee(m.group("nick"), null, AttendanceStatus.PRESENT, null,
                        m.group("lines") + " lines said"));
            } else if (!l.isBlank() && l.kind() != Line.Kind.RULE) {
                item.narrative.add(l.text().strip());
            }
        }
        for (Section child : s.children) {
            Drafts.Item c = section(child);
            if (c != null) {
                item.items.add(c);
            }
        }
        return true;
    }

    /**
     * Reads a section's lines into its item. In minutes that follow a timed agenda, each list item that starts with its
     * time slot ("11:05-11:20 Treasurer's report, Jon Chang") is an item of its own, holding the lines up to the next.
     */
    private void fill(Drafts.Item item, List<Line> lines) {
        List<Integer> slots = new ArrayList<>();
        List<TimeSlot> read = new ArrayList<>();
        for (int i = 0; timedAgenda && i < lines.size(); i++) {
            TimeSlot slot = lines.get(i).isListItem() ? TimeSlot.read(lines.get(i).text()) : null;
            if (slot != null) {
                slots.add(i);
                read.add(slot);
            }
        }
        if (slots.isEmpty()) {
            fillLines(item, lines);
            return;
        }
        fillLines(item, lines.subList(0, slots.get(0)));
        for (int k = 0; k < slots.size(); k++) {
            Line entry = lines.get(slots.get(k));
            TimeSlot slot = read.get(k);
            Drafts.Item child = new Drafts.Item(slot.title(), entry.number());
            child.presenter = slot.presenter();
            child.duration = slot.minutes();
            child.narrative.addAll(slot.links());
            item.items.add(child);
            TimeRecognizer.Found at = TimeRecognizer.first(slot.time(), startTime() != null ? startTime()
                    : firstSlot == null ? null : firstSlot.time());
            if (firstSlot == null) {
                firstSlot = at;
            }
            if (slot.adjourns() && at != null) {
                end = at;
            }
            fillLines(child, lines.subList(slots.get(k) + 1, k + 1 < slots.size() ? slots.get(k + 1) : lines.size()));
        }
    }

    /**
     * Whether a line of minutes written line under line starts anew after the one above, rather than going on with it
     * as a sentence wrapped by hand does: it opens with a capital or a figure, and the line above broke off no phrase
     * ("Membership is now 66" over "Results of the survey were shown in part", not "Thanks to the" over "Committee").
     */
    private static boolean startsAnew(String above, String next) {
        String n = next.strip();
        return !n.isEmpty() && !WRAPPED.matcher(above.strip()).find()
                && (Character.isUpperCase(n.codePointAt(0)) || Character.isDigit(n.codePointAt(0)));
    }

    private void fillLines(Drafts.Item item, List<Line> lines) {
        boolean actionSection = ACTION_SECTION.matcher(item.title).matches();
        // "## Action Items" over "### Erik": the subsection holds Erik's tasks. "**Erik**" over a list, or "The Directors
        // directed the Company Secretary to:" over one: its items are that owner's, down to the next such line.
        // "**Ann**" over "- will send the letters" elsewhere: what Ann will do is hers.
        List<String> groupOwners = groupHead(item.title);
        boolean groupTasks = underActionSection && groupOwners != null;
        boolean groupLed = false;
        actionSection |= groupTasks;
        // "## Action Items" over "### Immediate (by Friday)", "### Short-term", "### Fundraising": a subsection of the
        // action list sorts its tasks by when or what, and its "- [ ] **Lee**: Present the budget" and "- Bo: Pay the
        // deposit" lines are tasks still. Not its other lines: a council's "Action Items" holds the business to vote on,
        // each subsection an agenda item. Nor under "### Decisions" of "## Actions and Decisions".
        boolean sortedTasks = underActionSection && !actionSection && !SETTLED_LABEL.matcher(item.title).matches()
                && !DecisionRecognizer.introducesList(item.title + ":");
        Integer groupAbove = groupOwners == null ? null : -1;
        // Whether the list under the owner's line holds only commands ("Book the hall", "Ring the printer"), each a task.
        boolean groupCommands = groupOwners != null && commandsFrom(lines, 0);
        Integer groupDepth = null;
        // Under "Resolved", "Decisions" or "Outcomes", a heading or a line of its own, "Luther: Introduce Ann to Bo"
        // gives Luther a task, whatever marks the line.
        boolean settledSection = SETTLED_LABEL.matcher(item.title).matches();
        boolean settledList = false;
        boolean approvals = APPROVALS_SECTION.matcher(item.title).matches();
        List<String> approved = new ArrayList<>();
        boolean decisionList = false;
        MotionRecognizer.Found pending = null;
        // "Motion: to adopt the budget" on a line of its own: a motion once a mover, seconder or result follows it.
        MotionRecognizer.Found proposal = null;
        String proposalParagraph = null;
        String lastSubject = null;
        // The depth of an "Action items:" line whose deeper list items are tasks (-1 for a paragraph), or null.
        Integer actionListUnder = null;
        Integer actionItemDepth = null;
        // A "Who will ...?" asked in the paragraph before, which a speaker's "I will." answers.
        String whoAsked = null;
        pendingProposed = null;
        // The paragraph before, and where its action items begin: an owner mark on a line of its own is that minute's.
        String previous = null;
        int previousFrom = 0;
        // The list items above this one, each with its depth and the person it opens with ("Roger provided ...").
        List<Map.Entry<Integer, String>> parents = new ArrayList<>();
        for (int i = 0; i < lines.size(); ) {
            Line line = lines.get(i);
            if (line.isBlank() || line.kind() == Line.Kind.RULE) {
                i++;
                continue;
            }
            AttendanceParser.Label label = AttendanceParser.label(lines, i);
            if (label != null) {
                String lead = AttendanceParser.leadingProse(line);
                if (lead != null) {
                    // "On May 2 at 1 pm the Board met. The following directors were present:": the time is the meeting's.
                    Sentences.plain(lead).forEach(this::times);
                }
                i = AttendanceParser.read(lines, i, label, attendees);
                continue;
            }
            int captionedAfter = AttendanceParser.namesBeforeLabels(lines, i, attendees);
            if (captionedAfter > i) {
                i = captionedAfter;
                continue;
            }
            int unlabelled = AttendanceParser.listBeforeAbsences(lines, i, attendees);
            if (unlabelled > i) {
                i = unlabelled;
                continue;
            }
            Matcher sig = SIGNATURE.matcher(line.text());
            if (sig.matches()) {
                signature(!line.text().toLowerCase(java.util.Locale.ROOT).startsWith("attest"), sig.group("rest"), lines, i + 1);
                break;
            }
            if (groupOwners != null && (line.kind() == Line.Kind.HEADING || line.isListItem() && line.depth() <= groupAbove
                    || line.kind() == Line.Kind.TEXT && !isGroupLabel(line.text()))) {
                groupOwners = null;
            }
            List<String> named = line.kind() == Line.Kind.HEADING ? null : groupHead(line.text());
            if (named != null && (!line.isListItem() || hasDeeper(lines, i))) {
                // The line names whose the list below is; the names themselves are kept as written.
                groupOwners = named;
                boolean led = ActionItemRecognizer.leadIn(line.text().replaceAll("[*_]+", " ")) != null;
                groupTasks = actionSection || actionListUnder != null || led;
                groupLed = led;
                groupAbove = line.isListItem() ? line.depth() : -1;
                groupDepth = null;
                groupCommands = !line.isListItem() && commandsFrom(lines, i + 1);
                if (groupTasks && !led) {
                    i++;
                    continue;
                }
            }
            if (line.kind() == Line.Kind.TABLE) {
                List<Line> rows = new ArrayList<>();
                int top = i;
                while (i < lines.size() && (lines.get(i).kind() == Line.Kind.TABLE || lines.get(i).kind() == Line.Kind.RULE)) {
                    if (i > top && lines.get(i).kind() == Line.Kind.TABLE && AttendanceParser.labelsOnly(lines.get(i))
                            && AttendanceParser.label(lines, i) != null) {
                        // "| Present: | | |" under the meeting's date and venue: the rows from there are its attendance.
                        break;
                    }
                    if (lines.get(i).kind() == Line.Kind.TABLE) {
                        rows.add(lines.get(i));
                    }
                    i++;
                }
                table(item, rows);
                continue;
            }
            String text;
            boolean list = line.isListItem();
            String parentSubject = null;
            if (list) {
                parents.removeIf(p -> p.getKey() >= line.depth());
                parentSubject = parents.isEmpty() ? null : parents.get(parents.size() - 1).getValue();
                // Its own subject is set once its sentences are read; a note under a line read otherwise has none.
                parents.add(Map.entry(line.depth(), ""));
            } else {
                parents.clear();
            }
            if (actionListUnder != null && !(list && line.depth() > actionListUnder)) {
                actionListUnder = null;
                actionItemDepth = null;
            }
            if (actionListUnder != null && actionItemDepth == null) {
                actionItemDepth = line.depth();
            }
            if (groupOwners != null && list && groupDepth == null && line.depth() > groupAbove) {
                groupDepth = line.depth();
            }
            // A task of the group's owner: an item at the list's first level under the line naming them.
            List<String> groupOwned = groupOwners != null && list && groupDepth != null && line.depth() == groupDepth
                    ? groupOwners : null;
            // The tasks are the list's first level; lines under a task are its details.
            boolean underActionLabel = actionListUnder != null && line.depth() == actionItemDepth;
            if (ACTION_LIST_LABEL.matcher(line.text().strip()).matches()) {
                actionListUnder = list ? line.depth() : -1;
                actionItemDepth = null;
            }
            if (list) {
                // A list item wrapped onto the lines below it ("- The head of the school of Computing," above
                // "Professor Ann Lee, for the room"): they are the item's, not a paragraph after it.
                StringBuilder sb = new StringBuilder(line.text());
                i++;
                while (i < lines.size() && lines.get(i).kind() == Line.Kind.TEXT && WRAPPED.matcher(sb).find()
                        && !WRAPPED_NOT.matcher(sb).find() || i < lines.size() && lines.get(i).kind() == Line.Kind.TEXT
                        && Character.isLowerCase(lines.get(i).text().codePointAt(0)) && !WRAPPED_NOT.matcher(sb).find()) {
                    if (AttendanceParser.label(lines.get(i)) != null || LABELLED.matcher(lines.get(i).text()).find()
                            || SIGNATURE.matcher(lines.get(i).text()).matches()) {
                        break;
                    }
                    sb.append(' ').append(lines.get(i).text());
                    i++;
                }
                text = sb.toString();
            } else if (line.kind() == Line.Kind.HEADING) {
                text = line.text();
                i++;
            } else {
                StringBuilder sb = new StringBuilder(line.text());
                i++;
                while (i < lines.size() && lines.get(i).kind() == Line.Kind.TEXT && AttendanceParser.label(lines, i) == null
                        && !LABELLED.matcher(lines.get(i).text()).find()
                        // "MOVED: A moved, second by B, to select Ann Lee, a" over "registered voter of ...": a labelled
                        // line stands alone unless its sentence wraps onto the next.
                        && !(LABELLED.matcher(line.text()).find() && !(WRAPPED.matcher(line.text()).find()
                        && !WRAPPED_NOT.matcher(line.text()).find() && !WRAPPED_NOT.matcher(sb).find()))
                        && !SIGNATURE.matcher(lines.get(i).text()).matches() && pendingProposed == null
                        && !line.text().endsWith(":")
                        && !runInLabels(sb, lines.get(i).text())
                        && !(MotionRecognizer.isStepLine(lines.get(i).text()) && !WRAPPED.matcher(sb).find())
                        // "MIH: I agree" under "RCA: ...": in a transcript each speaker's line is a paragraph.
                        && ActionItemRecognizer.speakerLabel(lines.get(i).text(), initialsSpeakers) == null
                        && !(lineByLine && startsAnew(lines.get(i - 1).text(), lines.get(i).text()))) {
                    sb.append(' ').append(lines.get(i).text());
                    i++;
                }
                text = sb.toString();
            }
            if (pendingProposed != null && (list || text.length() < 120 && !text.endsWith("."))) {
                pendingProposed.add(text);
                continue;
            }
            pendingProposed = null;
            if (NextMeetingRecognizer.introducesProposedItems(text)) {
                pendingProposed = proposed;
                nextSeen = true;
                continue;
            }
            if (settledSection || settledList || decisionList) {
                ActionItemRecognizer.Found given = ActionItemRecognizer.assignedLine(text);
                if (given != null && given.owners().stream().allMatch(this::namedAsPerson)) {
                    Drafts.Action settled = new Drafts.Action(given, item.title);
                    settled.stated = true;
                    item.actions.add(settled);
                    continue;
                }
                settledList &= list;
            }
            if (SETTLED_LABEL.matcher(text).matches() && line.kind() != Line.Kind.HEADING) {
                settledList = true;
            }
            if (decisionList && list && MotionRecognizer.isStepLine(text.replace("**", "").replace("__", ""))) {
                // "Motion/Decision:" over "- Motion: ...", "- Moved by: Ann Lee", "- Seconded by: Bo": the list is a
                // motion's steps, read as any motion is, not a list of decisions.
                decisionList = false;
            }
            if (decisionList && list) {
                item.decisions.add(text);
                // "... £2,000 for the server, Ann Lee to follow up": a decision that names who carries it out.
                for (String s : Sentences.plain(text)) {
                    ActionItemRecognizer.inSentence(s, null).stream()
                            .filter(f -> !f.owners().isEmpty() && f.pronoun() == null
                                    && f.owners().stream().noneMatch(ActionItemRecognizer::isCollective))
                            .forEach(f -> item.actions.add(new Drafts.Action(f, item.title)));
                }
                continue;
            }
            decisionList = false;
            if (DecisionRecognizer.introducesList(text) && !leadsToTasks(text)) {
                decisionList = true;
                continue;
            }
            if (approvals && list) {
                approved.add(text);
                continue;
            }
            int from = item.actions.size();
            // "**Action DH:** ...", "_Action DH:_ ...": the label in bold or italics reads as the plain one.
            Matcher namedLabel = NAMED_LABEL.matcher(text.replaceFirst("^(\\*\\*|__|\\*|_)((?i:action)\\s[^*_:]{1,60}:)\\1", "$2"));
            if (namedLabel.matches() && labelledOwners(namedLabel.group("who"))) {
                // "Action DH: ...", "ACTION Ann Lee: ...": the owner straight after the label reads as "Action (DH): ...".
                text = "Action (" + namedLabel.group("who") + "): " + namedLabel.group("rest");
            }
            // "[ACTION] @ann to ...": a label in brackets reads as "Action: ...".
            Matcher bracketed = BRACKETED_LABEL.matcher(text);
            if (bracketed.lookingAt()) {
                text = "Action: " + text.substring(bracketed.end());
            }
            Matcher tracked = TRACKED_LABEL.matcher(text);
            if (tracked.lookingAt()) {
                text = text.substring(tracked.end()) + " (" + tracked.group("id") + ")";
            }
            MotionRecognizer.Found recorded = MotionRecognizer.initialled(text);
            if (recorded != null && attendanceInitials(recorded.mover) && attendanceInitials(recorded.seconder)) {
                // "3. Received and accepted the treasurer's report. MM, DEC." where the attendance writes "Matt Merriel
                // (MM)": the resolution with its mover and seconder, not a task of theirs.
                item.motions.add(recorded);
                pending = recorded;
                continue;
            }
            ActionItemRecognizer.Found mark = ActionItemRecognizer.ownerMark(text);
            Matcher ownerLabel = ACTION_LABEL.matcher(text);
            if (mark == null && ownerLabel.matches() && ownerLabel.group("owner") == null) {
                // "Action – Ann" after a minute: the label names the owner of what was just written, when that is
                // someone present, an office or a body, not a task ("Action: Review Budget").
                mark = ActionItemRecognizer.ownerMark("Owner: " + ACTION_LABEL.matcher(text).replaceFirst("${rest}"));
                if (mark != null && !mark.owners().stream().allMatch(this::presentOrOffice)) {
                    mark = null;
                }
            }
            if (mark != null && mark.task().isEmpty()) {
                if (previous != null) {
                    marked(item, mark, previous, previousFrom);
                    continue;
                }
                mark = null;
            }
            String above = previous;
            String askedBefore = whoAsked;
            whoAsked = null;
            previous = text;
            previousFrom = from;
            Matcher a = ACTION_LABEL.matcher(text);
            if (a.matches() && !MotionRecognizer.isMotionRecord(a.group("rest"))) {
                String rest = a.group("rest");
                List<ActionItemRecognizer.Found> further = new ArrayList<>();
                List<String> parts = a.group("owner") == null ? Sentences.plain(rest) : List.of();
                for (int k = 1; k < parts.size(); k++) {
                    // "TODO: update the board doc. Andreas will send an e-mail to the list.": a later sentence of the
                    // entry that names its own owner is a task of its own, the sentences before it the label's task.
                    List<ActionItemRecognizer.Found> own = ActionItemRecognizer.inSentence(parts.get(k), null);
                    if (own.size() == 1 && !own.get(0).owners().isEmpty() && own.get(0).pronoun() == null) {
                        if (further.isEmpty()) {
                            rest = String.join(" ", parts.subList(0, k));
                        }
                        further.add(own.get(0));
                    } else if (!further.isEmpty()) {
                        further.clear();
                        rest = a.group("rest");
                        break;
                    }
                }
                if (!meetBotNicks.isEmpty()) {
                    // "ACTION: ... (ann, 18:24:10)": the bot's stamp says who wrote the line and when, no part of the task.
                    rest = MeetBotSummary.STAMP.matcher(rest).replaceFirst("");
                }
                ActionItemRecognizer.Found bot = MeetBotSummary.owned(rest, meetBotNicks);
                ActionItemRecognizer.Found read = bot != null ? bot : ActionItemRecognizer.actionLine(rest);
                if (read.owners().isEmpty()) {
                    ActionItemRecognizer.Found byName = handleOwned(rest, text);
                    read = byName != null ? byName : read;
                }
                String owner = labelOwner(a.group("owner"));
                if (owner != null) {
                    // "TODO(Jasper): Put together a draft": the owner in the label's brackets, the rest the task.
                    read = new ActionItemRecognizer.Found(ActionItemRecognizer.owners(owner),
                            ActionItemRecognizer.capitalise(a.group("rest").strip()), text, null);
                }
                Drafts.Action labelled = new Drafts.Action(read, item.title);
                // The label says this is an action item, so "Marcus to ..." names an owner even if no one is Marcus.
                labelled.stated = true;
                item.actions.add(labelled);
                for (ActionItemRecognizer.Found f : further) {
                    Drafts.Action own = new Drafts.Action(f, item.title);
                    own.stated = true;
                    item.actions.add(own);
                }
                continue;
            }
            if (groupOwned != null && !groupTasks && !actionSection && !underActionLabel && groupCommands
                    && groupOwned.stream().allMatch(this::presentOrBody)) {
                // "Ines" on a line of its own over "- Book the hall for the show" and "- Ring the printer": under any heading,
                // a list of commands under one of the meeting's people is that person's to do.
                Drafts.Action listed = new Drafts.Action(new ActionItemRecognizer.Found(groupOwned,
                        ActionItemRecognizer.capitalise(text.strip()), text, null), item.title);
                listed.stated = true;
                item.actions.add(listed);
                continue;
            }
            if (groupOwned != null && groupTasks && !actionSection && !underActionLabel && groupLed
                    && NOT_LED_ON.matcher(text).lookingAt()) {
                // "The authors agreed to:" over "- Describe the lines" and then "- There was a request to ...": an item
                // that opens a sentence of its own does not go on from the lead-in; the list of tasks has ended.
                groupOwners = null;
                groupOwned = null;
            }
            if (groupOwned != null && groupTasks && !actionSection && !underActionLabel) {
                // "... directing the Company Secretary to:" over "- apply for the grant; and": each item the owner's task.
                List<ActionItemRecognizer.Found> in = ActionItemRecognizer.inSentence(text, null);
                ActionItemRecognizer.Found f = !in.isEmpty() ? in.get(0) : new ActionItemRecognizer.Found(groupOwned,
                        ActionItemRecognizer.capitalise(text.strip().replaceAll("(?:[;,]\\s*(?:and|or)?|\\s+(?:and|or))\\s*$", "")
                                .strip()), text, null);
                Drafts.Action listed = new Drafts.Action(f, item.title);
                listed.stated = true;
                item.actions.add(listed);
                continue;
            }
            ActionItemRecognizer.Found sorted = sortedTasks && list ? ActionItemRecognizer.sortedTask(text) : null;
            if (sorted != null && (ActionItemRecognizer.isTaskBox(text)
                    || sorted.owners().stream().allMatch(this::namedAsPerson))) {
                Drafts.Action listed = new Drafts.Action(sorted, item.title);
                listed.stated = !sorted.owners().isEmpty();
                item.actions.add(listed);
                continue;
            }
            if ((actionSection || underActionLabel) && list) {
                ActionItemRecognizer.Found f = ActionItemRecognizer.ownerColon(text);
                // Under "Action items:" the label says each line is a task, so "Carol to ..." names an owner.
                boolean stated = f != null || underActionLabel;
                if (f == null) {
                    List<ActionItemRecognizer.Found> in = ActionItemRecognizer.inSentence(text, null);
                    f = in.isEmpty() ? ActionItemRecognizer.actionLine(text) : in.get(0);
                    // "- Order the hoses (Priya)" under "To-do items": the bracket after the task names its owner as
                    // plainly as "Priya: order the hoses" would.
                    stated |= in.isEmpty() && ActionItemRecognizer.ownerAfterTask(text.strip(), text) != null;
                }
                if (f.owners().isEmpty() && groupOwned != null) {
                    f = new ActionItemRecognizer.Found(groupOwned, f.task(), text, null);
                    stated = true;
                }
                List<ActionItemRecognizer.Found> duties = f.owners().isEmpty() ? ActionItemRecognizer.duties(text) : List.of();
                if (!duties.isEmpty()) {
                    // "- Ann circulate the draft": a list of duties, each a name and what that person is to do.
                    duties.forEach(d -> item.actions.add(new Drafts.Action(d, item.title)));
                    continue;
                }
                Drafts.Action listed = new Drafts.Action(f, item.title);
                // "(All) Bring seeds": under "Actions", the whole meeting is an owner as much as a person is.
                listed.stated = stated || !f.owners().isEmpty() && f.owners().stream().allMatch(ActionItemRecognizer::isWholeMeeting);
                item.actions.add(listed);
                continue;
            }
            ActionItemRecognizer.Found initialled = list ? ActionItemRecognizer.initialledLine(text) : null;
            if (initialled != null && initialled.owners().stream().allMatch(o -> ActionItemRecognizer.keyedInitials(o, texts))) {
                // "- [DC, MS] D1: re-draft the manifesto" where "- [DC] Dan Cole" keys the initials: the line is theirs to
                // do, under any heading, as it would be under "Actions".
                Drafts.Action listed = new Drafts.Action(initialled, item.title);
                listed.stated = true;
                item.actions.add(listed);
                continue;
            }
            if (proposal != null && MotionRecognizer.isResultOnly(text)) {
                // "Motion to restripe the lot." and under it "Motion failed.": a motion no one is named as moving.
                MotionRecognizer.continues(proposal, text);
                pending = adopt(item, proposal, proposalParagraph);
                proposal = null;
                times(text);
                continue;
            }
            MotionRecognizer.Found voted = pending != null || proposal != null || !item.motions.isEmpty() ? null
                    : MotionRecognizer.resultUnder(item.title, text);
            if (voted != null) {
                // "## Vote on PR 51" over "* Approved unanimously": the heading's vote, its mover not named.
                item.motions.add(voted);
                pending = voted;
                continue;
            }
            if (pending != null && pending.result == null && MotionRecognizer.isResultOnly(text)) {
                MotionRecognizer.continues(pending, text);
                times(text);
                continue;
            }
            // "... called the meeting to order at 6:10 p.m. Present: Members A, B and C.": a label inside the paragraph.
            AttendanceParser.embedded(text, attendees);
            boolean motionLabel = text.matches("(?i)^motions?\\s*:.*");
            // "Dan: I'll schedule them": in a transcript, what a speaker undertakes is theirs.
            String speaker = ActionItemRecognizer.speakerLabel(text, initialsSpeakers);
            boolean allMotion = true;
            boolean anyMotion = false;
            List<ActionItemRecognizer.Found> inBrackets = mark == null ? ActionItemRecognizer.bracketedActions(text) : List.of();
            for (ActionItemRecognizer.Found f : inBrackets) {
                // "... for press enquiries. (ACTION - Lee to make a ticket)": the label says it is a task, and whose.
                Drafts.Action inBracket = new Drafts.Action(f, item.title);
                inBracket.stated = true;
                item.actions.add(inBracket);
            }
            String minute = mark != null ? mark.task()
                    : inBrackets.isEmpty() ? text : ActionItemRecognizer.beforeBracketedActions(text);
            // "... repainting – Action: Clerk": the sentences are the minute's, without the mark.
            List<String> minuteSentences = spoken(minute);
            for (String s : minuteSentences) {
                if (s.length() > MAX_SENTENCE) {
                    // No sentence of real minutes is this long; the recognisers are not asked to read it, but for the
                    // "Motion to ...: Moved by A and seconded by B" a whole agenda run together still holds.
                    item.motions.addAll(MotionRecognizer.embedded(s));
                    allMotion = false;
                    continue;
                }
                Speakers.Speaker said = Speakers.in(s);
                if (said != null) {
                    speakers.putIfAbsent(said, line.number());
                }
                String alone = ActionItemRecognizer.speakerWord(s);
                if (alone != null) {
                    namedAlone.add(NameIndex.fold(alone));
                }
                String first = Speakers.alone(s);
                if (first != null) {
                    firstNamesSpeaking.putIfAbsent(first, line.number());
                }
                for (Speakers.Speaker chair : Speakers.presiding(s)) {
                    speakers.putIfAbsent(chair, line.number());
                }
                for (Speakers.Speaker chair : Speakers.opening(s)) {
                    openers.putIfAbsent(chair, line.number());
                }
                for (Speakers.Speaker introduced : Speakers.introduced(s)) {
                    speakers.putIfAbsent(introduced, line.number());
                }
                for (Speakers.Speaker other : Speakers.others(s)) {
                    speakers.putIfAbsent(other, line.number());
                }
                for (Speakers.Speaker member : Speakers.members(s)) {
                    members.putIfAbsent(member, line.number());
                }
                for (Speakers.Speaker titled : Speakers.honorifics(s)) {
                    honoured.putIfAbsent(titled, line.number());
                }
                AttendanceParser.arrival(s, attendees);
                // "Ann posted the draft minutes. Moved by her that they be adopted.": the one the sentence before named.
                MotionRecognizer.Found opened = MotionRecognizer.opens(MotionRecognizer.pronounMover(s, lastSubject));
                int after = i;
                while (after < lines.size() && lines.get(after).isBlank()) {
                    after++;
                }
                if (opened != null && opened.wantsText && (after >= lines.size() || !MotionRecognizer.isSecondLine(lines.get(after).text()))) {
                    // "First: Ann" is a mover only in a "First: / Second:" block.
                    opened = null;
                }
                MotionRecognizer.Found told = opened == null ? null : MotionRecognizer.restated(item.motions, opened);
                if (told != null) {
                    // The outcome of a motion made earlier: the sentence stays narrative, the motion gets its result.
                    pending = told;
                    allMotion = false;
                    times(s);
                    continue;
                }
                if (opened != null) {
                    if (proposal != null && opened.text == null && !opened.wantsText) {
                        // "Motion: to adopt the budget" above "Moved: Ann Lee": one motion, its words from the line above.
                        opened.text = proposal.text;
                        if (Sentences.plain(proposalParagraph).size() == 1) {
                            item.narrative.remove(proposalParagraph);
                        }
                    }
                    proposal = null;
                    if (opened.wantsText && opened.text == null) {
                        // "First: Ann" under "Approval of Agenda: [PASS]": the motion is the line above, or the
                        // heading when it is the first line under one.
                        opened.text = MotionRecognizer.motionAbove(opened, above != null ? above : item.title);
                    }
                    if (opened.wordsBefore && opened.text == null) {
                        // "Members chose oak. Ann moved, Bo seconded.": the motion is the sentence before in the
                        // paragraph, or the line above, or the heading when it is the first line under one.
                        int at = minuteSentences.indexOf(s);
                        opened.text = at > 0 ? MotionRecognizer.motionAbove(opened, minuteSentences.get(at - 1))
                                : MotionRecognizer.motionAbove(opened, above != null ? above : item.title);
                    }
                    for (String who : java.util.Arrays.asList(opened.mover, opened.seconder)) {
                        if (who != null && !NameIndex.stripTitles(who).contains(" ")) {
                            namedAlone.add(NameIndex.fold(NameIndex.stripTitles(who)));
                        }
                    }
                    item.motions.add(opened);
                    pending = opened;
                    anyMotion = true;
                    // "A moved for the Technical Committee to purchase ...": the motion gives that committee a task.
                    ActionItemRecognizer.inMotion(s).forEach(f -> item.actions.add(new Drafts.Action(f, item.title)));
                    continue;
                }
                if (proposal != null && Character.isLowerCase(s.codePointAt(0)) && WRAPPED.matcher(proposal.text).find()) {
                    // "Motion: That the subscription lapse at the end of the" wrapped onto the line below.
                    proposal.text = proposal.text + " " + s.strip().replaceAll("[.;]+$", "");
                    anyMotion = true;
                    continue;
                }
                if (proposal != null && (text.equals(proposalParagraph) || s == minuteSentences.get(0))
                        && MotionRecognizer.decides(proposal, s)) {
                    // "Ann proposed that ... This proposal was not accepted.": the outcome in the proposal's paragraph,
                    // or opening the line below it ("This was approved" under "Ann proposed 'Oak' and 'Elm'"); not in a
                    // paragraph whose own first sentence it tells the outcome of.
                    pending = adopt(item, proposal, proposalParagraph);
                    proposal = null;
                    anyMotion = true;
                    continue;
                }
                if (proposal != null && MotionRecognizer.continues(proposal, s)) {
                    pending = adopt(item, proposal, proposalParagraph);
                    proposal = null;
                    anyMotion = true;
                    times(s);
                    continue;
                }
                if (pending != null && s == minuteSentences.get(0) && MotionRecognizer.decides(pending, s)) {
                    // "The committee proposed:" over "That ...", then "The proposal was accepted by a show of hands.".
                    times(s);
                    continue;
                }
                if (pending != null && MotionRecognizer.continues(pending, s)) {
                    times(s);
                    continue;
                }
                MotionRecognizer.Found proposed = MotionRecognizer.proposal(s);
                if (proposed != null && proposed.mover != null && proposed.result != null) {
                    // "Ann proposed: a vote on the name - unanimous approval": proposed and decided in one line.
                    pending = adopt(item, proposed, text);
                    proposal = null;
                    anyMotion = true;
                    times(s);
                    continue;
                }
                if (proposed != null) {
                    proposal = proposed;
                    proposalParagraph = text;
                    pending = null;
                }
                allMotion = false;
                Matcher withdrew = WITHDREW.matcher(s);
                if (withdrew.find()) {
                    // "Director Ames requested that the Board ... Director Ames withdrew his request.": what was asked
                    // is no longer anyone's to do.
                    String[] by = withdrew.group("who").strip().split("\\s+");
                    String surname = by[by.length - 1];
                    item.actions.removeIf(asked -> {
                        String[] opening = asked.found.source().strip().split("\\s+", 5);
                        return java.util.Arrays.asList(opening).subList(0, Math.min(4, opening.length)).contains(surname)
                                && ASKING.matcher(asked.found.source()).find();
                    });
                }
                String d = DecisionRecognizer.decision(s);
                if (d != null) {
                    item.decisions.add(d);
                }
                // "dunnthat volunteered to ...": a user name in lower case, written in brackets after a name on the
                // attendance ("Richard Dunn (dunnthat)"), is that person.
                Attendee byHandle = handleAtStart(s);
                List<ActionItemRecognizer.Found> assigned = ActionItemRecognizer.inSentence(byHandle == null ? s
                        : byHandle.name() + s.substring(s.indexOf(' ')), lastSubject);
                boolean ownWords = false;
                // "MIH: We should ... Mihai: I'll try ...": lines of a transcript run together, each with its speaker.
                String saying = ActionItemRecognizer.speakerLabel(s, initialsSpeakers);
                String who = saying != null ? saying : speaker != null ? speaker : reporter(item.title);
                if (assigned.isEmpty() && who != null) {
                    assigned = ActionItemRecognizer.undertaking(who, s);
                    if (assigned.isEmpty() && askedBefore != null) {
                        // "Who will monitor that?" and the answer "David: I will.": the task is the question's.
                        assigned = ActionItemRecognizer.answered(askedBefore, who, s);
                    }
                    ownWords = !assigned.isEmpty();
                }
                if (whoAsked == null) {
                    whoAsked = ActionItemRecognizer.whoQuestion(s);
                }
                ActionItemRecognizer.Found loose = assigned.isEmpty() ? ActionItemRecognizer.anchored(s, list) : null;
                if (loose != null) {
                    // "Chris issuing cheques:", "TODO for Ann: ...", "@bo: action: will ...": cues read only for the
                    // document's own people; whether the owner is one is settled once the attendance is known.
                    Drafts.Action own = new Drafts.Action(loose, item.title);
                    anchored.add(own);
                    item.actions.add(own);
                }
                for (ActionItemRecognizer.Found f : assigned) {
                    // "The board agreed to revisit ..." is the body's decision, not a task someone owns; "... and instructed
                    // the Chair to contact the host" in it is the Chair's.
                    if (d != null && f.owners().stream().allMatch(o -> ActionItemRecognizer.isCollective(o)
                            && !ActionItemRecognizer.isOfficer(o))) {
                        continue;
                    }
                    Drafts.Action own = new Drafts.Action(f, item.title);
                    // "Sal: I will ...": one who speaks under their name is a person, on the attendance or not.
                    own.stated = ownWords;
                    if (byHandle != null && f.owners().contains(byHandle.name())) {
                        own.notes.add("owner \"" + s.substring(0, s.indexOf(' ')) + "\" read as the user name of "
                                + byHandle.name());
                    }
                    item.actions.add(own);
                }
                String subject = ActionItemRecognizer.subjectOf(s);
                if (subject != null) {
                    lastSubject = subject;
                }
                times(s);
            }
            if (list) {
                List<String> first = Sentences.plain(text);
                String head = people.headPerson(text);
                parents.set(parents.size() - 1, Map.entry(line.depth(), first.isEmpty() || ActionItemRecognizer.subjectOf(first.get(0)) == null
                        ? head != null ? head : "" : ActionItemRecognizer.subjectOf(first.get(0))));
                if ((parentSubject == null || parentSubject.isEmpty()) && groupOwned != null && groupOwned.size() == 1
                        && text.strip().matches("(?i)^(?:will|shall|to|going\\s+to|needs?\\s+to)\\s.*")) {
                    // "**Ann**" over "- will draft the letter": the note is Ann's.
                    parentSubject = groupOwned.get(0);
                }
                ActionItemRecognizer.Found goOn = item.actions.size() == from && parentSubject != null
                        && !parentSubject.isEmpty() ? ActionItemRecognizer.continued(parentSubject, text) : null;
                if (goOn != null) {
                    // "Georgi suggested a test release" over "Going to work with Roger on that": the note is Georgi's;
                    // "ewasm (Casey)" over "Will give the update there": Casey's.
                    Drafts.Action noted = new Drafts.Action(goOn, item.title);
                    noted.notes.add("owner read from the list item above (\"" + parentSubject + "\")");
                    if (people.namesInHead(parentSubject)) {
                        anchored.add(noted);
                    }
                    item.actions.add(noted);
                }
            }
            if (list && mark == null && !actionSection && item.actions.size() == from) {
                signedUp(item, text);
            }
            if (mark != null) {
                marked(item, mark, mark.task(), from);
            } else if (actionSection && item.actions.size() == from) {
                // "Gary take pictures of the truck, Linda and Carrie work with Rory, ...": duties under their heading.
                ActionItemRecognizer.duties(text).forEach(d -> item.actions.add(new Drafts.Action(d, item.title)));
            }
            if (!anyMotion && !allMotion) {
                pending = null;
            }
            if (!(motionLabel || allMotion && anyMotion)) {
                item.narrative.add(list ? text : text);
            }
        }
        if (!approved.isEmpty()) {
            item.decisions.add(item.title + ": " + String.join("; ", approved));
        }
        List<String> fields = new ArrayList<>();
        // "Moved by: Ann Lee" among the fields is read as a motion without words: the fields give them.
        MotionRecognizer.Found wordless = item.motions.size() == 1 && item.motions.get(0).text == null ? item.motions.get(0) : null;
        MotionRecognizer.Found fielded = item.motions.isEmpty() || wordless != null
                ? MotionRecognizer.fields(item.title, item.narrative, wordless, fields) : null;
        if (fielded != null) {
            // "### Motion #3" over "Presenter: Ann Lee", "Text: ...", "Resolution: Passed": the fields are the motion's.
            item.motions.clear();
            item.motions.add(fielded);
            item.narrative.removeAll(fields);
        }
    }

    /** A motion whose words stood alone on the line above its mover or result: the line is now the motion's. */
    private static MotionRecognizer.Found adopt(Drafts.Item item, MotionRecognizer.Found proposal, String paragraph) {
        item.motions.add(proposal);
        if (Sentences.plain(paragraph).size() == 1) {
            item.narrative.remove(paragraph);
        }
        return proposal;
    }

    /**
     * Whether the words after an action label are its owners: each a handle, the initials of someone present or keyed
     * in the minutes ("DH" where Dana Hale attends), someone present or an office; not "Action Required", "Action Plan".
     */
    private boolean labelledOwners(String who) {
        for (String o : who.strip().split("\\s*[,/&]\\s*")) {
            String bare = o.replaceFirst("^@", "");
            boolean ok = o.startsWith("@") ? bare.matches("[\\w.-]{2,39}")
                    : bare.matches("\\p{Lu}{2,4}") ? presentIndex().byInitials(bare) != null
                            || ActionItemRecognizer.keyedInitials(bare, texts)
                    : presentIndex().resolve(bare) != null || ActionItemRecognizer.isOfficer(bare);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * The owner the brackets after an "Action"/"TODO"/"AI" label name ("Jasper", "BS", "@omar", "Ann/Bo"), or null when
     * there are none or they say how urgent the task is ("TODO (urgent):"); a name in lower case only as a handle.
     */
    private String labelOwner(String bracketed) {
        if (bracketed == null) {
            return null;
        }
        String o = bracketed.strip().replaceAll("(?<=^|[\\s/,&])@", "");
        if (o.isEmpty() || NOT_AN_OWNER.matcher(o).matches()) {
            return null;
        }
        boolean handle = bracketed.strip().startsWith("@") && o.matches("[\\w.-]+");
        boolean named = ActionItemRecognizer.owners(o).stream().allMatch(x -> Character.isUpperCase(x.codePointAt(0))
                || presentOrOffice(x));
        return handle || named ? o : null;
    }

    /**
     * "Action item: follow up on the status (kwan)": a user name in lower case in brackets after a labelled action,
     * written elsewhere in the minutes as a speaker ("kwan: I will look at it") or among those present; null otherwise,
     * as "(optional)" or "(again)" are no one.
     */
    private ActionItemRecognizer.Found handleOwned(String rest, String text) {
        Matcher m = TRAILING_HANDLE.matcher(rest.strip());
        if (!m.matches() || NOT_A_HANDLE.matcher(m.group("nick")).matches()) {
            return null;
        }
        String nick = m.group("nick");
        Pattern speaking = Pattern.compile("^(?:[-*+•]\\s+)?" + Pattern.quote(nick) + "\\s*:\\s*\\S.*");
        boolean known = attendees.stream().anyMatch(att -> nick.equals(att.name()))
                || texts.stream().anyMatch(t -> !t.equals(text) && speaking.matcher(t.strip()).matches());
        return known ? new ActionItemRecognizer.Found(List.of(nick), ActionItemRecognizer.capitalise(m.group("task").strip()),
                text, null) : null;
    }

    /** "... next steps (kwan)": a task, then in brackets one word in lower case shaped like a user name. */
    private static final Pattern TRAILING_HANDLE = Pattern.compile("^(?<task>.+?)\\s*\\((?<nick>\\p{Ll}[\\p{Ll}\\d_.-]{2,38})\\)"
            + "\\s*\\.?$");

    /** The one on the attendance whose user name, as written after their name, opens the sentence in lower case. */
    private Attendee handleAtStart(String sentence) {
        Matcher m = HANDLE_START.matcher(sentence);
        if (!m.lookingAt() || NOT_A_HANDLE.matcher(m.group(1)).matches()) {
            return null;
        }
        Attendee found = null;
        for (Attendee a : attendees) {
            if (m.group(1).equals(a.note())) {
                if (found != null) {
                    return null;
                }
                found = a;
            }
        }
        return found;
    }

    /**
     * Whether an owner a "Name: task" line gives is a person or office: someone present, an office, a body or initials,
     * or a name whose every word the minutes only ever write capitalised ("Roland", not "Website" of "the website").
     */
    private boolean namedAsPerson(String owner) {
        if (presentOrOffice(owner)) {
            return true;
        }
        String bare = NameIndex.stripTitles(owner).strip();
        if (!NameIndex.looksLikePersonName(bare)) {
            return false;
        }
        for (String w : bare.split("\\s+")) {
            if (lowerWords.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The owners a line of its own names over the list below it: "**Erik**", "Erik:", "### Erik", "Actions for @erik",
     * "The Directors directed the Company Secretary to:", when it is one of the document's people, someone present, an
     * office, or plainly a person's name; null otherwise.
     */
    private List<String> groupHead(String text) {
        String t = text.replaceAll("[*_]+", " ").replaceAll("\\s+", " ").strip();
        List<String> led = t.endsWith(":") ? ActionItemRecognizer.leadIn(t) : null;
        if (led != null) {
            return led;
        }
        Matcher m = GROUP_HEAD.matcher(t);
        String who = m.matches() ? m.group("who").strip() : "";
        if (who.isEmpty() || who.split("\\s+").length > 4 || ACTION_SECTION.matcher(who).matches()
                || ACTION_LIST_LABEL.matcher(who).matches()) {
            return null;
        }
        boolean handle = who.matches("@[\\w.-]{2,39}");
        boolean person = handle || people.knows(who) || ActionItemRecognizer.isOfficer(who)
                || !ActionItemRecognizer.isCollective(who) && !ActionItemRecognizer.isAcronym(who) && presentOrOffice(who)
                || who.split("\\s+").length >= 2 && !ActionItemRecognizer.isCollective(who) && namedAsPerson(who);
        return person ? List.of(who) : null;
    }

    /**
     * Whether an owner is one of the people present, an office or a body of the meeting ("Ines", "Treasurer", "Events
     * Subcommittee"); not any words that look like a name, which a heading over a list may be ("Matters Arising").
     */
    private boolean presentOrBody(String owner) {
        return ActionItemRecognizer.isOfficer(owner) || ActionItemRecognizer.isCollective(owner)
                || presentIndex().resolve(owner) != null;
    }

    /**
     * Whether the list that starts at line {@code from}, up to the first line that is no list item, opens each of its
     * first-level items with a command ("Book the hall", "Ring the printer"); false when no list starts there.
     */
    private static boolean commandsFrom(List<Line> lines, int from) {
        Integer depth = null;
        int commands = 0;
        for (int k = from; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.isBlank()) {
                continue;
            }
            if (!l.isListItem() || depth != null && l.depth() < depth) {
                break;
            }
            if (depth == null) {
                depth = l.depth();
            }
            if (l.depth() == depth) {
                if (!ActionItemRecognizer.opensWithCommand(l.text())) {
                    return false;
                }
                commands++;
            }
        }
        return commands > 0;
    }

    /**
     * "Ann agreed to:", "The authors agreed to:": a line over the tasks of those it names, not over the body's decisions
     * ("The Board agreed to:", "It was agreed that:").
     */
    private static boolean leadsToTasks(String text) {
        List<String> sentences = Sentences.plain(text.strip());
        String last = sentences.isEmpty() ? text.strip() : sentences.get(sentences.size() - 1).strip();
        return ActionItemRecognizer.leadIn(last) != null && DecisionRecognizer.decision(last.replaceFirst(":\\s*$", "")) == null;
    }

    /** A list item that opens a sentence of its own rather than going on from a lead-in ("There was ...", "The ..."). */
    private static final Pattern NOT_LED_ON = Pattern.compile("(?:There|The|It|This|That|These|Those|A|An|We|They|He|She"
            + "|Our|Its|Their)\\s");

    /** A short line inside one person's list that labels part of it ("Continuation", "Carried over:", "New"). */
    private static boolean isGroupLabel(String text) {
        String t = text.replaceAll("[*_]+", " ").strip().replaceAll(":$", "").strip();
        return !t.isEmpty() && t.split("\\s+").length <= 3 && !t.matches(".*[.!?;]$") && !t.matches("(?s).*\\p{Ll}+\\s+\\p{Ll}+\\s+\\p{Ll}+.*");
    }

    /** Whether the list item at {@code i} has deeper list items under it. */
    private static boolean hasDeeper(List<Line> lines, int i) {
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        return j < lines.size() && lines.get(j).isListItem() && lines.get(j).depth() > lines.get(i).depth();
    }

    /** Whether an owner is an office, a body, initials or titled, or has a name of someone on the attendance so far. */
    private boolean presentOrOffice(String owner) {
        if (ActionItemRecognizer.isOfficer(owner) || ActionItemRecognizer.isCollective(owner)
                || ActionItemRecognizer.isAcronym(owner) || NameIndex.isTitled(owner) || owner.equalsIgnoreCase("all")) {
            return true;
        }
        return presentIndex().resolve(owner) != null;
    }

    /**
     * The action item an owner mark gives a minute ("... – Action: Clerk", "Owner: Kate" on the next line), unless the
     * minute's own sentences, read into the actions from {@code from} on, already gave those owners a task. When they
     * gave one task to others, the mark says whose it is.
     */
    private static void marked(Drafts.Item item, ActionItemRecognizer.Found mark, String minute, int from) {
        List<Drafts.Action> read = item.actions.subList(from, item.actions.size());
        Set<String> named = new HashSet<>();
        read.forEach(a -> a.found.owners().forEach(o -> named.add(ActionItemRecognizer.ownerKey(o))));
        if (mark.owners().stream().allMatch(o -> named.contains(ActionItemRecognizer.ownerKey(o)))) {
            return;
        }
        if (read.size() == 1) {
            ActionItemRecognizer.Found one = read.get(0).found;
            read.set(0, new Drafts.Action(new ActionItemRecognizer.Found(mark.owners(), one.task(), one.source(), null),
                    item.title));
            return;
        }
        List<ActionItemRecognizer.Found> said = ActionItemRecognizer.inSentence(minute, null);
        String task = said.size() == 1 ? said.get(0).task() : ActionItemRecognizer.capitalise(minute.strip());
        item.actions.add(new Drafts.Action(new ActionItemRecognizer.Found(mark.owners(), task, mark.source(), null),
                item.title));
    }

    /**
     * A table: with an owner column and a task column (a due column too, perhaps) its rows are action items;
     * any other table is narrative, one row a paragraph with its cells separated by semicolons.
     */
    private void table(Drafts.Item item, List<Line> rows) {
        List<String> header = rows.get(0).cells();
        // The columns that make a table one of action items rather than agenda items.
        int owner = AgendaTable.ownerColumn(header);
        int task = column(header, AgendaTable.TASK.pattern());
        int due = column(header, "(?i).*\\b(due|deadline|by when|when|target date|date due|by)\\b.*");
        int mover = column(header, "(?i).*\\b(moved|mover|moved by|proposed|proposer)\\b.*");
        if (mover >= 0) {
            motionTable(item, rows, header, mover);
            return;
        }
        if (owner < 0 && task >= 0) {
            // "| Name | Actions |", "| Member | To do |": a column of people beside the tasks.
            owner = column(header, "(?i)\\s*(?:names?|members?|people|assignees?|volunteers?|officers?)\\s*");
        }
        if (owner >= 0 && task >= 0 && owner != task) {
            List<String> above = List.of();
            for (Line row : rows.subList(1, rows.size())) {
                List<String> cells = row.cells();
                String t = cell(cells, task);
                if (t.isEmpty()) {
                    continue;
                }
                String o = cell(cells, owner);
                // "| Ann | Book the hall |" over "| | Order the urn |": a first column of people groups the rows under
                // each, as a list under a name line does.
                List<String> owners = !o.isEmpty() ? ActionItemRecognizer.owners(o) : owner == 0 ? above : List.of();
                above = owners;
                Drafts.Action a = new Drafts.Action(new ActionItemRecognizer.Found(owners,
                        ActionItemRecognizer.capitalise(t), row.text(), null), item.title);
                String d = due >= 0 ? cell(cells, due) : "";
                a.dueText = d.isEmpty() ? null : d;
                a.stated = true;
                item.actions.add(a);
            }
            return;
        }
        int actions = column(header, "(?i).*\\b(actions?|action items?|next steps|follow[- ]?ups?)\\b.*");
        for (Line row : rows) {
            // A cell's paragraphs ("VAT Repayment<br>Cemetery") run on in the row's paragraph, their marks no text.
            String text = row.rowText();
            if (!text.isEmpty()) {
                item.narrative.add(text);
            }
            // An agenda table with an "Actions" column: each line of that cell is an action item.
            if (actions >= 0 && row != rows.get(0)) {
                for (ActionItemRecognizer.Found f : ActionItemRecognizer.inCell(cell(row.cells(), actions))) {
                    Drafts.Action a = new Drafts.Action(f, item.title);
                    // The column says these are action items, so "Marcus to ..." names an owner even if no one is Marcus.
                    a.stated = true;
                    item.actions.add(a);
                }
            }
        }
    }

    /** A table with a "Moved by" column: each row is a motion, with its seconder and status when columns give them. */
    private static void motionTable(Drafts.Item item, List<Line> rows, List<String> header, int mover) {
        int text = column(header, "(?i).*\\b(motions?|text|resolution|description|wording)\\b.*");
        int seconder = column(header, "(?i).*\\bsecond(ed|er)?\\b.*");
        int status = column(header, "(?i).*\\b(status|result|outcome|vote|carried)\\b.*");
        for (Line row : rows.subList(1, rows.size())) {
            List<String> cells = row.cells();
            MotionRecognizer.Found f = MotionRecognizer.fromRow(text == mover ? "" : cell(cells, text), cell(cells, mover),
                    cell(cells, seconder), cell(cells, status), row.text());
            if (f != null) {
                item.motions.add(f);
            }
        }
    }

    private static int column(List<String> header, String regex) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).matches(regex)) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int i) {
        return i >= 0 && i < cells.size() ? cells.get(i).strip() : "";
    }

    /** Start, end, next meeting and presiding officer, wherever a sentence states them. */
    private void times(String s) {
        if (calledAt == null || !calledAtOpens) {
            // "The hearing began at 6:10" before "The chair called the meeting to order at 6:15": the meeting's own
            // opening wins over an earlier session's.
            TimeRecognizer.Found opened = AdjournmentRecognizer.openedAt(s);
            calledAtOpens = opened != null;
            calledAt = opened != null ? opened : calledAt != null ? calledAt : AdjournmentRecognizer.calledToOrder(s);
            if (calledAt != null && placeFromCallToOrder == null) {
                placeFromCallToOrder = AdjournmentRecognizer.place(s);
            }
        }
        TimeRecognizer.Found adjourned = AdjournmentRecognizer.adjourned(s, startTime());
        if (adjourned != null) {
            end = adjourned;
        }
        String next = NextMeetingRecognizer.sentenceRest(s);
        if (next != null && nextDate == null) {
            DateRecognizer.Found d = firstDate(next);
            if (d != null) {
                nextDate = d.date();
                nextSeen = true;
                TimeRecognizer.Found t = TimeRecognizer.first(HeaderRecognizer.withoutDates(next), null);
                nextTime = t == null ? null : t.time();
            }
        }
        Matcher p = PRESIDING.matcher(s);
        if (p.find() && presiding == null) {
            presiding = p.group("name");
        }
    }

    /**
     * "1. Opening Worship 11:42am", "1. Welcome – 7:00 pm": a time at the end of the first item's heading, in minutes
     * that give the meeting's time nowhere else, is when the meeting began; null when the heading ends otherwise.
     */
    private TimeRecognizer.Found firstItemTime() {
        Drafts.Item first = agenda.stream().filter(it -> !it.title.equals(LineKeeper.PREAMBLE)).findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        Matcher m = TIME_AT_END.matcher(first.title);
        return m.find() ? TimeRecognizer.first(m.group("time"), null) : null;
    }

    private LocalTime startTime() {
        return start != null ? start.time() : calledAt != null ? calledAt.time() : null;
    }

    private DateRecognizer.Found firstDate(String text) {
        List<DateRecognizer.Found> full = DateRecognizer.full(text);
        if (!full.isEmpty()) {
            return full.get(0);
        }
        Matcher m = Pattern.compile("(?i)\\b" + DateRecognizer.MONTH + "\\b").matcher(text);
        return m.find() ? DateRecognizer.at(text.substring(m.start()), date) : null;
    }

    private void signature(boolean recordsMinutes, String rest, List<Line> lines, int from) {
        String name = rest.isBlank() ? null : rest;
        for (int j = from; name == null && j < lines.size(); j++) {
            if (!lines.get(j).isBlank() && lines.get(j).kind() != Line.Kind.RULE && !lines.get(j).text().matches("[_\\s]+")) {
                name = lines.get(j).text();
            }
        }
        if (name != null) {
            String n = name.split("\\s*,\\s*|\\s{2,}|\\t")[0].strip();
            if (recordsMinutes && NameIndex.looksLikePersonName(n) && n.split("\\s+").length >= 2 && recorder == null) {
                recorder = n;
            }
        }
    }

    private void nextSection(Section s, String titleRest) {
        nextSeen = true;
        DateRecognizer.Found d = firstDate(titleRest);
        if (d != null) {
            nextDate = d.date();
        }
        TimeRecognizer.Found t = TimeRecognizer.first(HeaderRecognizer.withoutDates(titleRest), null);
        if (t != null) {
            nextTime = t.time();
        }
        List<Line> lines = new ArrayList<>(s.lines);
        for (Section child : s.children) {
            lines.add(child.heading);
            lines.addAll(child.lines);
        }
        boolean inProposed = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank() || line.kind() == Line.Kind.RULE) {
                continue;
            }
            String text = line.text();
            if (inProposed) {
                proposed.add(text);
                continue;
            }
            if (NextMeetingRecognizer.introducesProposedItems(text)) {
                inProposed = true;
                continue;
            }
            if (line.isListItem()) {
                StringBuilder sb = new StringBuilder(text);
                while (i + 1 < lines.size() && lines.get(i + 1).kind() == Line.Kind.TEXT) {
                    sb.append(' ').append(lines.get(++i).text());
                }
                followUps.add(new Drafts.FollowUp(sb.toString()));
                continue;
            }
            if (nextDate == null && (d = firstDate(text)) != null) {
                nextDate = d.date();
                TimeRecognizer.Found tt = TimeRecognizer.first(HeaderRecognizer.withoutDates(text), null);
                nextTime = tt == null ? nextTime : tt.time();
                continue;
            }
            boolean assigns = Sentences.plain(text).stream().anyMatch(x -> !ActionItemRecognizer.inSentence(x, null).isEmpty());
            for (String sentence : Sentences.plain(text)) {
                TimeRecognizer.Found opens = AdjournmentRecognizer.opensNow(sentence);
                if (opens != null) {
                    // "Meeting starts at 19:00" under the next meeting's heading: when that meeting starts.
                    nextTime = nextTime == null ? opens.time() : nextTime;
                } else {
                    times(sentence);
                }
            }
            if (assigns) {
                followUps.add(new Drafts.FollowUp(text));
            }
            // Other text under the next meeting's heading is kept as written by the LineKeeper.
        }
    }

    private Meeting build(MeetingKind kind) throws InputException {
        // Minutes that list no one present: their members moving and speaking are the record of who was there.
        boolean noRoll = attendees.isEmpty();
        withoutRoll = noRoll;
        dedupeAttendees();
        spellOutInitials(sourceTexts);
        for (int i = 0; i < attendees.size(); i++) {
            String n = attendees.get(i).name();
            if (n.matches("\\p{Lu}{2,4}") || AttendanceParser.isHandle(n)) {
                guesses.add(new Guess("attendees[" + i + "]", "\"" + n + "\" is kept as the attendance writes it (initials"
                        + " or a user name): write the full name if it is known"));
            }
        }
        NameIndex names = new NameIndex(options.roster());
        attendees.forEach(names::add);
        if (noRoll) {
            // "Meeting opened at 2:30 PM by Jo Hale": who opened, chaired or closed the meeting was there. With a roll,
            // the chair is on it, or the roll says otherwise.
            openers.forEach((who, line) -> presentAs(who.name(), null, names, "opening, chairing or closing the meeting"
                    + " (line " + line + ")"));
        }
        for (Drafts.Item item : agenda) {
            movedWhilePresent(item, names);
        }
        boolean officersInTurn = officerTitled(agenda) >= 2;
        for (Drafts.Item item : agenda) {
            reportersPresent(item, false, officersInTurn, names);
        }
        officersNamed.forEach(who -> presentAs(who, null, names, "presiding or taking the minutes"));
        if (noRoll) {
            // "Mrs. Lord suggested ...", "with Mr B.C. Hale in the chair": a minute book or a newspaper report that
            // lists no one present names the members so as they take part; the name stays as written, title and all,
            // for "Mrs. Lord" is the whole of it. With a roll, such a surname is one on it.
            honoured.forEach((who, line) -> presentAsWritten(who, names, "taking part (line " + line + ")"));
        }
        speakers.forEach((who, line) -> presentAs(who.name(), who.role(), names, "speaking (line " + line + ")",
                // "Graham, John and Iain gave the presentation": a speaker of one word comes only from such a list.
                !who.name().contains(" ")));
        if (noRoll) {
            // "Cr Sims moved ... Cr Weston 2nd.": a member moves and seconds in the room; with a roll, such a surname
            // is one on it.
            members.forEach((who, line) -> presentAs(who.name(), null, names, "moving, seconding or speaking (line "
                    + line + ")", true));
        }
        if (noRoll) {
            // "Louis suggested ...", "on a motion made by Dan and seconded by Max": a minute book that lists no one
            // present and writes its members by first name records them so as they take part. A word the minutes
            // write in lower case anywhere ("Will", "Mark") is not taken for one.
            for (Drafts.Item item : agenda) {
                firstNameMovers(item);
            }
            if (recorder != null) {
                // "Respectfully submitted, Ann Lee, Sec'y.": who took the minutes was there to take them.
                presentAs(recorder, null, names, "signing the minutes");
            }
            firstNamesSpeaking.forEach((who, line) -> {
                if (!lowerWords.contains(who.toLowerCase(Locale.ROOT))) {
                    // "Brian further mentioned ..." where "Brian Cresswell" is written once: the full name.
                    String full = NameIndex.fromFirstName(who, sourceTexts);
                    presentAs(full == null ? who : full, null, names, "taking part (line " + line + ")", true);
                }
            });
        }
        if (start == null && calledAt == null) {
            start = firstItemTime();
        }
        LocalTime startTime = null;
        if (start != null && calledAt != null && calledAtOpens) {
            // The minutes give the meeting's time and record the time it was called to order. Minutes record when the
            // meeting was called to order (Robert's Rules, and the practice of public bodies: "time called to order and
            // adjourned"), so a time set under the date as the notice printed it ("5:00 p.m.", "March 24, 2025, at
            // 11:30 AM") gives way to it. A time the clerk wrote in a field of its own ("Time: 7 p.m.", "When:",
            // "Scheduled start:", the front matter's date) is the record's own start and is kept, as the seed's
            // committee writes it and Clerk's minutes print it beside the date. Either way the note puts the two side
            // by side for the clerk.
            TimeRecognizer.Found called = TimeRecognizer.nearest(calledAt, start.time());
            if (start.guessed() && !called.guessed()) {
                // "Scheduled start: 10:00" then "Opened: 1012hrs": the call to order settles a.m. or p.m.
                TimeRecognizer.Found settled = TimeRecognizer.nearest(start, called.time());
                start = new TimeRecognizer.Found(settled.time(), settled.written(), false, settled.start());
            }
            if (!called.time().equals(start.time())) {
                String calledWords = "called to order at " + called.time() + " (\"" + called.written() + "\""
                        + (calledAt.guessed() ? ", no a.m. or p.m. given" : "") + ")";
                String setWords = start.time() + " (\"" + start.written() + "\")";
                if (startFromFrontMatter || startInField) {
                    guesses.add(new Guess("start", "start kept as " + setWords + ", the time the "
                            + (startFromFrontMatter ? "front matter" : "minutes' time field") + " gives; the minutes say"
                            + " the meeting was " + calledWords + ": change the start if the record should give that"
                            + " time"));
                } else {
                    guesses.add(new Guess("start", "start read as the time the meeting was " + calledWords + "; the"
                            + " time under the date is " + setWords + ": change the start if the record should give"
                            + " the time the meeting was set for"));
                    start = new TimeRecognizer.Found(called.time(), called.written(), false, called.start());
                }
                startFromFrontMatter = false;
            }
        }
        if (start != null && startFromFrontMatter) {
            guesses.add(new Guess("start", "start time read as " + start.time() + " from the front matter's \""
                    + start.written() + "\"; the minutes may say when the meeting was called to order"));
        }
        if (start != null) {
            startTime = start.time();
            if (start.guessed()) {
                guesses.add(new Guess("start", "start time read as " + startTime + " from \"" + start.written()
                        + "\" (no a.m. or p.m. given)"));
            }
        } else if (calledAt != null) {
            startTime = calledAt.time();
            if (calledAt.guessed()) {
                guesses.add(new Guess("start", "start time read as " + startTime + " from \"called to order at "
                        + calledAt.written() + "\" (no a.m. or p.m. given)"));
            }
        } else if (firstSlot != null) {
            startTime = firstSlot.time();
            guesses.add(new Guess("start", "start time read as " + startTime + " from the first entry of the timed"
                    + " agenda (\"" + firstSlot.written() + "\")"));
        }
        LocalTime endTime = null;
        if (end != null) {
            endTime = end.time();
            if (startTime != null && endTime.isBefore(startTime)) {
                warnings.add("the adjournment time " + end.written() + " is before the start; left out");
                endTime = null;
            } else if (end.guessed()) {
                guesses.add(new Guess("end", "adjournment read as " + endTime + " from \"" + end.written()
                        + "\" (no a.m. or p.m. given)"));
            }
        }
        if (location == null && placeFromCallToOrder != null) {
            location = new Location(placeFromCallToOrder, List.of());
            guesses.add(new Guess("location", "place read from the call to order: \"" + placeFromCallToOrder + "\""));
        }
        if (nextDate != null && !nextDate.isAfter(date)) {
            warnings.add("the next meeting's date " + nextDate + " is not after this meeting; left out");
            nextDate = null;
        }
        // Action items of the agenda, then those of the follow-ups, are numbered in that order, as the model lists them.
        List<Drafts.Action> all = new ArrayList<>();
        for (Drafts.Item item : agenda) {
            collect(item, all);
        }
        for (Drafts.Action a : all) {
            resolveAction(a, names);
        }
        for (Drafts.Item item : agenda) {
            keepMemoOwners(item, names);
        }
        all.removeIf(a -> unknownSingleWord(a, names) && !memoOwned.contains(a));
        Set<Drafts.Action> motionTitles = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Drafts.Item item : agenda) {
            dropMotionTitles(item, motionTitles);
        }
        all.removeAll(motionTitles);
        for (Drafts.Item item : agenda) {
            dropUnknown(item, names);
        }
        Set<Drafts.Action> taken = new HashSet<>();
        for (Drafts.FollowUp f : followUps) {
            String last = null;
            for (String s : Sentences.plain(f.text)) {
                for (ActionItemRecognizer.Found found : ActionItemRecognizer.inSentence(s, last)) {
                    Drafts.Action candidate = new Drafts.Action(found, null);
                    resolveAction(candidate, names);
                    if (unknownSingleWord(candidate, names)) {
                        continue;
                    }
                    Drafts.Action earlier = FollowUpLinker.restated(candidate, all, taken);
                    if (earlier != null) {
                        taken.add(earlier);
                        f.restated.add(earlier);
                    } else {
                        f.actions.add(candidate);
                    }
                }
                String subject = ActionItemRecognizer.subjectOf(s);
                last = subject == null ? last : subject;
            }
        }
        int n = 0;
        for (Drafts.Action a : all) {
            a.id = date + "-" + (++n);
        }
        for (Drafts.FollowUp f : followUps) {
            for (Drafts.Action a : f.actions) {
                a.id = date + "-" + (++n);
            }
        }
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            items.add(item(agenda.get(i), "agenda[" + i + "]", names));
        }
        NextMeeting next = null;
        if (nextSeen || nextDate != null || !followUps.isEmpty() || !proposed.isEmpty()) {
            List<FollowUp> fs = new ArrayList<>();
            for (int i = 0; i < followUps.size(); i++) {
                Drafts.FollowUp f = followUps.get(i);
                String path = "next.followUps[" + i + "]";
                List<String> restated = f.restated.stream().map(a -> a.id).toList();
                if (!restated.isEmpty()) {
                    guesses.add(new Guess(path + ".tasks", "restates " + String.join(", ", restated)
                            + " (same owner, similar words)"));
                }
                List<ActionItem> actions = new ArrayList<>();
                for (int k = 0; k < f.actions.size(); k++) {
                    actions.add(action(f.actions.get(k), path + ".actions[" + k + "]"));
                }
                fs.add(new FollowUp(f.text, restated, actions));
            }
            if (nextDate != null || !fs.isEmpty() || !proposed.isEmpty()) {
                next = new NextMeeting(nextDate, nextTime, null, fs, proposed);
            }
        }
        String chair = resolveName(trimDot(presiding), names, "presiding", "presiding officer");
        String taker = resolveName(trimDot(recorder), names, "recorder", "recorder");
        try {
            return new Meeting(date, kind, null, startTime, endTime, location, MeetingStatus.DRAFT, null, chair, taker,
                    attendees, items, next, List.of());
        } catch (IllegalArgumentException e) {
            throw new InputException(Problem.error(file, Position.FILE, "", "cannot be imported: " + e.getMessage()));
        }
    }

    /**
     * "R. Crisp" in the attendance, "Cllr. Rosemary Crisp was proposed" below: the attendee's name written in full. So
     * too a surname with an office ("Members Hage, Roe") when the minutes write one full name ending in it; an
     * attendee whose full name is already on the list is kept once.
     */
    private void spellOutInitials(List<String> texts) {
        for (int i = 0; i < attendees.size(); i++) {
            Attendee a = attendees.get(i);
            String full = NameIndex.spelledOut(a.name(), texts);
            if (full == null && (a.note() != null || a.role() != null)) {
                full = NameIndex.fromSurname(a.name(), texts);
            }
            if (full == null) {
                continue;
            }
            String f = full;
            if (attendees.stream().anyMatch(o -> o != a && Names.canonical(o.name()).equals(Names.canonical(f)))) {
                warnings.add("\"" + a.name() + "\" is \"" + full + "\", listed already; kept once");
                attendees.remove(i--);
                continue;
            }
            attendees.set(i, new Attendee(full, a.lang(), a.affiliation(), a.status(), a.role(), a.note()));
            guesses.add(new Guess("attendees[" + i + "]", "name written in full as the minutes write it elsewhere;"
                    + " the attendance has \"" + a.name() + "\""));
        }
    }

    /** Where each non-blank source line went; empty until {@link #assemble} has run. */
    List<Placement> placements() {
        return placements;
    }

    /**
     * Whoever moved or seconded a motion, or presented an item, was there: a full name the attendance does not hold is
     * added as present, marked for checking (minutes without an attendance list often name the members only so).
     */
    private void movedWhilePresent(Drafts.Item item, NameIndex names) {
        for (MotionRecognizer.Found f : item.motions) {
            for (String who : java.util.Arrays.asList(f.mover, f.seconder)) {
                presentAs(who, null, names, "moving or seconding a motion");
            }
            for (String voter : f.voters) {
                // "* Michael votes yes": whoever votes was there; a first name alone is the one full name the minutes
                // write with it ("Michael Kirk is confirmed ...").
                String full = names.resolve(voter) != null ? null : NameIndex.fromFirstName(voter, sourceTexts);
                presentAs(full == null ? voter : full, null, names, "voting (\"" + voter + "\")");
            }
        }
        presentAs(item.presenter, null, names, "presenting an item");
        String bracketed = titlePresenter(item.title);
        if (bracketed != null) {
            presentAs(bracketed, null, names, "presenting an item (\"" + item.title.strip() + "\")");
        }
        for (Drafts.Item child : item.items) {
            movedWhilePresent(child, names);
        }
    }

    /** The movers and seconders of one word ("Dan", "Max") of the item and those under it, as first names speaking. */
    private void firstNameMovers(Drafts.Item item) {
        for (MotionRecognizer.Found f : item.motions) {
            for (String who : java.util.Arrays.asList(f.mover, f.seconder)) {
                String w = who == null ? "" : who.strip();
                if (w.matches("\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*") && Speakers.alone(w + " said") != null) {
                    firstNamesSpeaking.putIfAbsent(w, item.line);
                }
            }
        }
        for (Drafts.Item child : item.items) {
            firstNameMovers(child);
        }
    }

    /** "Announcements and Remarks", "Officer Reports", "Committee updates": a section of reports given in turn. */
    private static final Pattern REPORTS = Pattern.compile("(?i).*\\b(?:reports?|remarks|announcements|updates)\\b.*");
    /** "Graduate Student Senate", "Finance Committee": a body whose report its member gives. */
    private static final Pattern REPORTING_BODY = Pattern.compile("(?i).*\\b(?:senate|council|committee|board|association"
            + "|union|society|club|league|caucus|commission|assembly|forum|subcommittee|working\\s+group|task\\s+force)$");
    /** "Faculty Senate President - Tim Day": what reports, a spaced dash, then the full name of who gave it. */
    private static final Pattern REPORTED_BY = Pattern.compile("^(?<what>\\S.*?)\\s+[-–—]\\s+(?<who>\\p{Lu}[\\p{L}'’.\\-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,2})$");

    /**
     * Whoever gave a report under a section of reports was there: "Announcements and Remarks" over "Faculty Senate
     * President - Tim Day" and "Provost - Jonathan Wickert", or a title that is itself a report ("Treasurer's report -
     * Ann Lee"). Only a full name after the dash counts; "Budget - Capital Projects" names no one.
     */
    private void reportersPresent(Drafts.Item item, boolean underReports, boolean officersInTurn, NameIndex names) {
        String[] officer = officerTitle(item.title);
        if (officer != null && (underReports || officersInTurn)) {
            // "Treasurer Okafor", "Social Chair Lindqvist" one after another: each office's report under its holder's
            // name; the holder gave it, a surname alone as the minutes write it.
            presentAs(officer[1], officer[0], names, "giving a report (\"" + item.title.strip() + "\")", true);
        }
        Matcher m = REPORTED_BY.matcher(item.title == null ? "" : item.title.strip());
        String what = m.matches() ? m.group("what").replaceAll("(?i)(?:['’]s)?\\s+(?:report|remarks|update)s?\\b", "") : "";
        // The one reporting holds an office or speaks for a body: "Provost - Ann Lee", "Student Senate - Bo Chu";
        // "Plans - Year End" names no one.
        boolean reporter = AttendanceParser.isOffice(what) || REPORTING_BODY.matcher(what).matches();
        if (m.matches() && reporter && (underReports || REPORTS.matcher(m.group("what")).matches())) {
            String who = m.group("who");
            boolean person = true;
            for (String w : who.split("\\s+")) {
                person &= !Speakers.bodyOrOfficeWord(w, w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}'’-]", ""));
            }
            if (person) {
                presentAs(who, null, names, "giving a report (\"" + item.title.strip() + "\")");
            }
        }
        boolean reports = item.title != null && REPORTS.matcher(item.title).matches() && !m.matches();
        boolean inTurn = officerTitled(item.items) >= 2;
        for (Drafts.Item child : item.items) {
            reportersPresent(child, reports, inTurn, names);
        }
    }

    /** How many of {@code items} are titled by an office and its holder's name. */
    private int officerTitled(List<Drafts.Item> items) {
        return (int) items.stream().filter(i -> officerTitle(i.title) != null).count();
    }

    /** "President Ann Lee", "Social Chair Lindqvist:", "Treasurer (Bo Ek)": an office, then the name of who holds it. */
    private static final Pattern OFFICER_TITLE = Pattern.compile("^(?<words>\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,4})"
            + "\\)?\\s*:?$");

    /**
     * The office and its holder an item's title names ({"Vice President", "Moreau"}), or null: as {@link #officerSplit},
     * and no word of the name one the minutes write in lower case ("Secretary Vacancy" names no one).
     */
    private String[] officerTitle(String title) {
        String[] officer = officerSplit(title);
        if (officer == null) {
            return null;
        }
        for (String w : officer[1].split("\\s+")) {
            if (lowerWords.contains(w.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return officer;
    }

    /**
     * The office and the holder's name of a title such as "Social Chair Lindqvist", or null: one to three capitalised
     * words of an office ending in an office's word, then one to three words of a name, each with a lower-case letter
     * ("STAFF RECOMMENDATION" is a heading in capitals) and none an office's or a body's word, and no word of an
     * agenda's business ("Treasurer Update" names no one).
     */
    private static String[] officerSplit(String title) {
        Matcher m = OFFICER_TITLE.matcher(title == null ? "" : title.strip().replaceFirst("\\s*\\(", " "));
        if (!m.matches() || AttendanceParser.hasAgendaWord(m.group("words"))) {
            return null;
        }
        String[] w = m.group("words").split("\\s+");
        for (int i = 1; i <= Math.min(3, w.length - 1); i++) {
            if (w.length - i > 3 || !AttendanceParser.isOffice(w[i - 1]) || NameIndex.isCourtesyTitle(w[i - 1])) {
                continue;
            }
            boolean name = true;
            for (int k = i; k < w.length; k++) {
                String lw = w[k].toLowerCase(Locale.ROOT);
                name &= !Speakers.bodyOrOfficeWord(w[k], lw) && !w[k].endsWith(".")
                        && w[k].matches("\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*");
            }
            if (name) {
                return new String[] {String.join(" ", java.util.Arrays.copyOfRange(w, 0, i)),
                        String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length))};
            }
        }
        return null;
    }

    /**
     * "Ann Lee: I think we should ..." paragraph after paragraph: minutes kept as a transcript name each speaker by the
     * label that opens what they said, and who spoke was there. A full name only, on a paragraph of its own (a list's
     * "- Total Income: £0" is a field), and only where three paragraphs or more open so and someone speaks twice,
     * for a label used once is as likely a topic ("Local Events: details below") as a remark.
     */
    private void transcriptSpeakers(List<Line> lines) {
        Map<String, Integer> first = new LinkedHashMap<>();
        Map<String, Integer> times = new java.util.HashMap<>();
        for (Line line : lines) {
            if (line.kind() != Line.Kind.TEXT || line.bold()) {
                continue;
            }
            String who = ActionItemRecognizer.speakerLabel(line.text());
            if (who != null && who.contains(" ") && noBodyOrOfficeWord(who)) {
                first.putIfAbsent(who, line.number());
                times.merge(who, 1, Integer::sum);
            }
        }
        int said = times.values().stream().mapToInt(Integer::intValue).sum();
        if (said >= TRANSCRIPT_LINES && times.values().stream().anyMatch(n -> n >= 2)) {
            first.forEach((who, line) -> speakers.putIfAbsent(new Speakers.Speaker(who, null), line));
        }
        listedRemarks(lines);
        // "* Doug Lee (Acme): moving along with the pull requests": a speaker with where they come from, in a list too.
        Map<String, Integer> withOrg = new LinkedHashMap<>();
        for (Line line : lines) {
            Matcher m = line.kind() == Line.Kind.HEADING ? null : SPEAKER_WITH_ORG.matcher(line.text().strip());
            if (m != null && m.matches() && noBodyOrOfficeWord(m.group("name"))
                    && NameIndex.looksLikePersonName(m.group("name"))) {
                withOrg.putIfAbsent(m.group("name"), line.number());
            }
        }
        if (withOrg.size() >= 2) {
            withOrg.forEach((who, line) -> speakers.putIfAbsent(new Speakers.Speaker(who, null), line));
        }
    }

    /**
     * "- Dirk: Think about a more coherent research agenda." item after item: a discussion kept as a list, each item
     * opening with who spoke and then what they said. Only a list in which three items or more, and at least half of
     * them, open so, with a remark of four words or more ("- Venue: Town Hall" and "- Title: Annual Meeting of the
     * Board" in a list of a meeting's fields are no such list), and only where two speakers speak twice or more. A full
     * name is a speaker; a first name alone is one only in minutes without a roll.
     */
    private void listedRemarks(List<Line> lines) {
        Map<String, Integer> first = new LinkedHashMap<>();
        Map<String, Integer> times = new java.util.HashMap<>();
        Map<String, Integer> run = new LinkedHashMap<>();
        int items = 0;
        for (int i = 0; i <= lines.size(); i++) {
            Line line = i < lines.size() ? lines.get(i) : null;
            if (line != null && line.isBlank()) {
                continue;
            }
            if (line == null || !line.isListItem()) {
                // The list is over: its remarks count where they are most of it.
                if (run.size() >= TRANSCRIPT_LINES && 2 * run.size() >= items) {
                    run.forEach((k, n) -> {
                        String who = k.substring(k.indexOf(' ') + 1);
                        first.putIfAbsent(who, n);
                        times.merge(who, 1, Integer::sum);
                    });
                }
                run.clear();
                items = 0;
                continue;
            }
            items++;
            String text = line.text().strip();
            String who = line.bold() ? null : ActionItemRecognizer.speakerLabel(text);
            if (who != null && noBodyOrOfficeWord(who)
                    && text.substring(text.indexOf(':') + 1).strip().split("\\s+").length >= REMARK_WORDS) {
                run.put(line.number() + " " + who, line.number());
            }
        }
        if (times.values().stream().filter(n -> n >= 2).count() < 2) {
            return;
        }
        first.forEach((who, line) -> {
            if (who.contains(" ")) {
                speakers.putIfAbsent(new Speakers.Speaker(who, null), line);
            } else {
                firstNamesSpeaking.putIfAbsent(who, line);
            }
        });
    }

    /** The fewest words a remark after a speaker's name runs to, where a field's value runs to fewer. */
    private static final int REMARK_WORDS = 4;

    /** Whether no word of a name is a body's, a department's, a title or an acronym: "Ann Lee", not "Parks Board". */
    private static boolean noBodyOrOfficeWord(String name) {
        return java.util.Arrays.stream(name.split("\\s+"))
                .noneMatch(w -> Speakers.bodyOrOfficeWord(w, w.toLowerCase(Locale.ROOT)));
    }

    /** "Doug Lee (Acme): we will ...": a full name, where the speaker comes from in brackets, a colon, then words. */
    private static final Pattern SPEAKER_WITH_ORG = Pattern.compile("^(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})"
            + "\\s+\\([^()\\d]{1,40}\\)\\s*:\\s+\\p{L}.*$");
    /**
     * "5. Election of officers (Ann Lee)": an item's title with who presents it in brackets at its end; on a timed
     * agenda also with where they come from and the minutes they have ("(Ann Lee - Acme Labs - 20 mins)", "(Ann Lee,
     * 10 min)").
     */
    private static final Pattern TITLE_PRESENTER = Pattern.compile("\\((?<who>\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})"
            + "(?:(?:(?:\\s+[-–—]\\s+|\\s*,\\s*)[^()]{1,60}?)?(?:\\s+[-–—]\\s+|\\s*,\\s*)\\d{1,3}\\s*(?:mins?|minutes)\\.?)?\\)$");

    /**
     * The presenter a title names in brackets at its end ("Statement of finances (Ann Lee)"), or null. Each word must
     * be one the minutes never write in lower case, nor an office's or a body's: "(First Reading)", "(Closed
     * Session)" name no one.
     */
    private String titlePresenter(String title) {
        Matcher m = TITLE_PRESENTER.matcher(title == null ? "" : title.strip());
        if (!m.find() || AttendanceParser.hasAgendaWord(m.group("who"))) {
            // "(Closing Remarks - 10 mins)": what the slot is for, not who has it.
            return null;
        }
        for (String w : m.group("who").split("\\s+")) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (lowerWords.contains(lw) || Speakers.bodyOrOfficeWord(w, lw)) {
                return null;
            }
        }
        return m.group("who");
    }

    /**
     * "members: [pat, lori]" over "Pat notified the owners": a user name of one word in lower case that the text
     * writes with a capital is that person's first name, and is written as the text writes it.
     */
    private static Attendee asTextWrites(Attendee a, List<Line> lines) {
        String n = a.name();
        if (!n.matches("\\p{Ll}+")) {
            return a;
        }
        String cap = Character.toUpperCase(n.charAt(0)) + n.substring(1);
        Pattern word = Pattern.compile("(?<!\\p{L})" + Pattern.quote(cap) + "(?!\\p{L})");
        for (Line l : lines) {
            if (word.matcher(l.text()).find()) {
                return new Attendee(cap, a.affiliation(), a.status(), a.role(), a.note());
            }
        }
        return a;
    }

    /** How many lines opened by a speaker's full name make minutes a transcript. */
    private static final int TRANSCRIPT_LINES = 3;

    private void presentAs(String who, String role, NameIndex names, String doing) {
        presentAs(who, role, names, doing, false);
    }

    /** As above; {@code firstName} lets a name of one word count, where the form that gave it is a list of people. */
    private void presentAs(String who, String role, NameIndex names, String doing, boolean firstName) {
        String name = who == null ? null : NameIndex.stripTitles(trimDot(who));
        String full = name == null ? null : NameIndex.spelledOut(name, sourceTexts);
        if (full != null) {
            // "P Vale thanks ..." where "Chair: Peter Vale" stands above: the name as the minutes write it in full.
            name = full;
        }
        if (name != null && (firstName || name.split("\\s+").length >= 2) && NameIndex.looksLikePersonName(name)
                && names.resolve(name) == null && names.resolve(name.replaceAll(".*\\s", "")) == null
                && !(firstName && shortensListed(name))) {
            addPresent(name, role, names, doing);
        }
    }

    /**
     * Lists {@code name} as present, with the guess that says what the minutes record them doing, and that the minutes
     * list no one present when they do not.
     */
    private void addPresent(String name, String role, NameIndex names, String doing) {
        names.add(name);
        guesses.add(new Guess("attendees[" + attendees.size() + "]", name
                + " is listed as present because the minutes name them " + doing
                + (withoutRoll ? ", as they have no attendance list" : "")));
        attendees.add(new Attendee(name, null, AttendanceStatus.PRESENT, null, role));
    }

    /**
     * As {@link #presentAs}, for a name written with its courtesy title ("Mrs. Lord", "Rev. G.K. Haslam"), which is
     * kept: without it a surname alone or initials would not read as anyone's name.
     */
    private void presentAsWritten(Speakers.Speaker who, NameIndex names, String doing) {
        String bare = NameIndex.stripTitles(who.name());
        String surname = bare.replaceAll(".*\\s", "");
        if (names.resolve(who.name()) != null || names.resolve(bare) != null || names.resolve(surname) != null
                || shortensListed(surname)) {
            return;
        }
        addPresent(who.name(), who.role(), names, doing);
    }

    /**
     * Whether one word is a listed attendee's name word cut short ("Cllr Evan reported" where "Evans" is listed): a
     * slip of the pen for one already there, not someone else.
     */
    private boolean shortensListed(String word) {
        String w = NameIndex.fold(word);
        for (Attendee a : attendees) {
            for (String part : NameIndex.fold(a.name()).split("\\s+")) {
                if (part.length() > w.length() && part.length() - w.length() <= 2 && part.startsWith(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    List<Guess> guesses() {
        return guesses;
    }

    /** The people named who are not on the roster: attendees, and owners who look like people. */
    List<Person> newPeople(Meeting meeting) {
        Map<String, Person> out = new LinkedHashMap<>();
        NameIndex roster = new NameIndex(options.roster());
        for (Attendee a : meeting.attendees()) {
            if (!roster.knows(a.name())) {
                Role role = a.role() == null ? Role.MEMBER : a.role();
                out.putIfAbsent(Names.canonical(a.name()), new Person(a.name(), a.affiliation(), role, null, null, null, null));
            }
        }
        for (ActionItem action : meeting.actionItems()) {
            for (String owner : action.owners()) {
                // "Chair Lund" is a person named Lund, not one named "Chair Lund".
                String name = NameIndex.stripTitles(owner);
                if (!roster.knows(name) && roster.resolve(owner) == null && NameIndex.looksLikePersonName(name)
                        && name.split("\\s+").length >= 2 && !owner.equals(NameIndex.GROUP_MEMBERS)
                        && !ActionItemRecognizer.isCollective(owner) && !namesTheBody(name, meeting)) {
                    out.putIfAbsent(Names.canonical(name), new Person(name, null, Role.MEMBER, null, null, null, null));
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * Whether an owner is the body or its organisation rather than a person: "Housing Connect will meet with the city"
     * in the minutes of the "Housing Connect Board of Commissioners", or of a meeting titled so. Such an owner stays as
     * written on the task, but is not offered to the roster as one of its people.
     */
    private boolean namesTheBody(String owner, Meeting meeting) {
        String key = " " + NameIndex.fold(owner) + " ";
        String body = options.roster() == null || options.roster().name() == null ? "" : options.roster().name();
        String title = meeting.title() == null ? "" : meeting.title();
        return (" " + NameIndex.fold(body) + " ").contains(key) || (" " + NameIndex.fold(title) + " ").contains(key);
    }

    private String resolveName(String mention, NameIndex names, String path, String what) {
        if (mention == null) {
            return null;
        }
        NameIndex.Resolved r = names.resolve(mention);
        String bare = NameIndex.withoutCallSign(mention);
        if (r == null && bare != null) {
            // "Ann Lee W1ABC" is the attendance's "Ann Lee"; written so where the attendance does not name her.
            r = names.resolve(bare);
        }
        if (r == null) {
            return NameIndex.stripTitles(mention);
        }
        if (r.guessed()) {
            guesses.add(new Guess(path, what + " guessed from \"" + mention + "\""));
        }
        return r.name();
    }

    /**
     * Whether an action's owner is one capitalised word that is no one known and carries no title ("Giving to read"):
     * a sentence that only looks like "X to do Y".
     */
    private boolean unknownSingleWord(Drafts.Action a, NameIndex names) {
        if (anchored.contains(a)) {
            // Read by cues for the document's people: every owner must be one of them.
            return !a.found.owners().stream().allMatch(o -> names.resolve(o) != null || people.knows(o) || NameIndex.isTitled(o)
                    || namedAlone.contains(NameIndex.fold(NameIndex.stripTitles(o))));
        }
        if (a.stated) {
            return false;
        }
        // "Myles, James, and Bradley will ...": a list of names with one known is people, even if one is not.
        if (a.found.owners().size() > 1 && a.found.owners().stream().anyMatch(o -> names.resolve(o) != null)) {
            return false;
        }
        for (String mention : a.found.owners()) {
            String bare = NameIndex.stripTitles(mention);
            // "Victoria to share the paper" where the attendance writes "Victoria Richardson," one name a line: the
            // document names her among its people even when the attendance was not read.
            if (a.found.pronoun() == null && !bare.contains(" ") && bare.equals(mention.strip())
                    && !ActionItemRecognizer.isCollective(mention) && !ActionItemRecognizer.isAcronym(mention)
                    && !ActionItemRecognizer.isOfficer(mention) && !ActionItemRecognizer.isInvitedGroup(mention, a.found.source())
                    && names.resolve(mention) == null
                    && !namedAlone.contains(NameIndex.fold(bare))
                    && !knownPerson(bare) && !givenNameUndertaking(bare, a.found.source())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Guillaume will open an issue", "Brett will talk to lecturers", "Andy needs to do more benchmarks": one word
     * written as a given name opening the plain future of a task, which makes it someone even where no attendance
     * names them. Not a word the document writes in lower case, a plural ("Volunteers will get ...", "Families will
     * need ..."), a noun made from a verb or adjective ("Registration", "Training", "Payment"), a month or day, an
     * indefinite ("Everyone", "Nothing"), nor the future of things that happen ("Work will continue", "Time will tell").
     */
    private boolean givenNameUndertaking(String word, String source) {
        String w = word.strip();
        if (!GIVEN_NAME.matcher(w).matches() || NOT_GIVEN_NAME.matcher(w).matches() && !singularName(w, source)
                || lowerWords.contains(w.toLowerCase(java.util.Locale.ROOT)) || NameIndex.ORG_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        // "Tom and Ines will come up with ...", "Two, Maria will look into ...": the word among the names, or after
        // the count, that open the undertaking.
        String others = "\\p{Lu}\\p{Ll}{2,}";
        // "... for feedback.  Hana and Kofi were going to ...", "... at which time Ann is to ...": a later sentence, or
        // what is to be done when the matter comes back, may open with them too.
        return Pattern.compile("(?:^|[(:;,]\\s*|\\s[-–—]\\s|[.!?]\\s+|\\s(?:" + ActionItemRecognizer.DEFERRED_TO.pattern() + ")\\s+)(?:"
                + others + "\\s*,\\s*|" + others + "\\s+(?:and|&)\\s+)*"
                + Pattern.quote(w) + "(?:\\s*,\\s*" + others + "|,?\\s+(?:and|&)\\s+" + others + ")*" + UNDERTAKES).matcher(source).find()
                // "Kim has spoken to Robin, who will ask the school": the one the clause after the name tells the undertaking of.
                || Pattern.compile("(?<![\\p{L}'’])" + Pattern.quote(w) + "\\s*,\\s+who" + UNDERTAKES).matcher(source).find()
                // "It was agreed that Dave would continue collecting the dues": the meeting settling who is to do it.
                || Pattern.compile("\\b(?:agreed|decided|resolved)\\s+that\\s+" + Pattern.quote(w) + "\\s+(?:would|will|should|shall"
                        + "|is\\s+to)\\s+(?:also\\s+)?(?:continue\\s+\\p{Ll}{3,}ing\\s|" + AN_ACT + ")").matcher(source).find()
                // "Wren, Hal and Juno to run the stall": given names, two or more, then what they are to do; one word
                // before "to" may be a noun ("Giving to read"), a list of them is people.
                || Pattern.compile("(?:^|[(:;,]\\s*|\\s[-–—]\\s|[.!?]\\s+)(?:(?:" + others + "\\s*,\\s*|" + others + "\\s+(?:and|&)\\s+)+"
                        + Pattern.quote(w) + "|" + Pattern.quote(w) + "(?=\\s*,\\s*" + others + "|,?\\s+(?:and|&)\\s+" + others + "))"
                        + "(?:\\s*,\\s*(?:and\\s+)?" + others + "|,?\\s+(?:and|&)\\s+" + others + ")*\\s+to\\s+" + AN_ACT).matcher(source).find();
    }

    /** "2. Ann to send ...", "- Ann Lee to send ...": a list's line that opens with a name and "to" and a verb. */
    private static final Pattern MEMO_LINE = Pattern.compile("^(?:\\d{1,3}[.)]\\s+|[-*•]\\s+)?\\p{Lu}\\p{Ll}+"
            + "(?:\\s+\\p{Lu}\\p{Ll}+)?\\s+to\\s+\\p{Ll}{2,}\\s");

    /** Whether an action is a memo of the "Gareth to book the room" form whose one owner is written as a given name. */
    private boolean givenNameMemo(Drafts.Action a) {
        if (a.found.owners().size() != 1 || a.found.pronoun() != null) {
            return false;
        }
        String w = a.found.owners().get(0).strip();
        String memo = a.found.source().replaceFirst("^\\W*\\d{0,3}[.)]?\\s*", "");
        return MEMO_LINE.matcher(a.found.source()).lookingAt() && memo.startsWith(w + " to ")
                && TO_ACT.matcher(memo.substring(w.length())).lookingAt() && GIVEN_NAME.matcher(w).matches()
                && !NOT_GIVEN_NAME.matcher(w).matches()
                && !lowerWords.contains(w.toLowerCase(java.util.Locale.ROOT))
                && !NameIndex.ORG_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a word ending as a plural does ("James", "Agnes", "Ross") is one person, told so by the singular verb of
     * what it undertakes ("James is to get a quote", "Agnes was asked to write"): "Volunteers were asked to ..." is
     * many. Only the plural ending is set aside so; "Training is to ..." is still no one.
     */
    private static boolean singularName(String word, String source) {
        return PLURAL_ENDING.matcher(word).matches() && !NOT_GIVEN_NAME_STEM.matcher(word).matches()
                && Pattern.compile("(?:^|[(:;,*]\\s*|[.!?]\\s+)" + Pattern.quote(word) + SINGULAR_UNDERTAKES).matcher(source).find();
    }

    /** "Guillaume", "Brett", "Github": one capitalised word, three letters at least, not in capitals. */
    private static final Pattern GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:\\p{Lu}?\\p{Ll}+)?");
    /** Words shaped like a name that are not one: plurals, verbal and abstract nouns, adverbs, dates, indefinites. */
    private static final String NOT_GIVEN_NAME_WORDS = "(?i).*(?:ion|ing|ment|ness|ity|ship|ance|ence"
            + "|able|ible|ful|ous)|library|summary|glossary|dictionary|(?:every|some|any|no)(?:one|body|thing)|none|each|both|either|neither|another"
            + "|other|work|time|lunch|dinner|breakfast|food|feedback|notice|this|that|there|here|which|what|who|whoever"
            + "|today|tomorrow|tonight|next|last|later|staff|funding|january|february|march|april|june|july"
            + "|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|sprint"
            + "|budget|project|release|event|meeting|team|group|office|party|people|one|two|three|result|plan|it|he|she|we|they";
    /** Words shaped like a name that are not one, as {@link #NOT_GIVEN_NAME}, but for the plural endings. */
    private static final Pattern NOT_GIVEN_NAME_STEM = Pattern.compile(NOT_GIVEN_NAME_WORDS);
    /** "Volunteers", "Families": the endings of a plural. */
    private static final String PLURAL = "(?i).*(?:[^aiou]s|es)";
    private static final Pattern PLURAL_ENDING = Pattern.compile(PLURAL);
    private static final Pattern NOT_GIVEN_NAME = Pattern.compile(PLURAL + "|" + NOT_GIVEN_NAME_WORDS);
    /** A verb that does something, not one of things that happen ("Work will continue", "Podcast to come back"). */
    private static final String AN_ACT = "(?!(?:be|continue|begin|start|resume|follow|remain|end|close|happen|occur|last|tell"
            + "|come(?!\\s+up\\s+with)|arrive|expire|apply|take\\s+place|vary|depend|increase|decrease|change|grow|need|have|not"
            + "|probably|likely)\\b)\\p{Ll}{2,}\\s+\\S";
    /** " to book the room": "to" and a verb that does something. */
    private static final Pattern TO_ACT = Pattern.compile("\\s+to\\s+" + AN_ACT);
    /** "was asked to", "is authorised to": a task the body put to someone, in the passive. */
    private static final String PUT_TO = "(?:asked|authori[sz]ed|requested|directed|instructed|tasked)\\s+to";
    private static final String ASKED_TO = "(?:is|are|was|were)\\s+" + PUT_TO;
    /**
     * "will open an issue", "needs to do more benchmarks", "is to render a report", "was going to leave comments": the
     * plain future or what one is to do, then a verb and what it is done to.
     */
    private static final String UNDERTAKES = "\\s+(?:still\\s+)?(?:will|shall|(?:is|are|was|were)\\s+going\\s+to|needs\\s+to|is\\s+to"
            + "|are\\s+to|" + ASKED_TO
            // "Karen has offered to do supper", "Jo volunteered to bring the urn": an undertaking given.
            + "|(?:has\\s+|have\\s+)?(?:offered|volunteered|agreed|promised)\\s+to)\\s+(?:also\\s+)?(?:" + AN_ACT + "|"
            + ActionItemRecognizer.ROLE_TAKEN + ")";
    /** The same, with a verb that says its subject is one: "is to", "was asked to", "needs to", not "will". */
    private static final String SINGULAR_UNDERTAKES = "\\s+(?:still\\s+)?(?:(?:is|was)\\s+going\\s+to|needs\\s+to|is\\s+to"
            + "|(?:is|was)\\s+" + PUT_TO + ")\\s+(?:also\\s+)?" + AN_ACT;

    /** "Secretary's Report", "The Treasurer’s report", "Report of the Chair": a section of one officer's own report. */
    private static final Pattern REPORT_OF = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*[.)]?\\s+)?(?:(?<who>[\\p{L} .-]{3,40}?)['’]s?"
            + "\\s+(?i:report|update)|(?i:report|update)\\s+(?:of|from|by)\\s+(?<by>[\\p{L} .-]{3,40}?))\\s*(?:\\{#[^}]*}|[.:])?\\s*$");

    /**
     * The officer whose own report a section is ("Secretary's Report" over "- I'll try to transfer the wallet to the
     * treasurer"): in it, what "I" undertakes is that officer's. Only an office, never any name before "'s report".
     */
    private static String reporter(String title) {
        Matcher m = title == null ? null : REPORT_OF.matcher(title.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        String who = (m.group("who") != null ? m.group("who") : m.group("by")).strip();
        return ActionItemRecognizer.isOfficer(who) ? ActionItemRecognizer.capitalise(who) : null;
    }

    /** "Chairs and tables - Lori", "Paper products – Pat": a list item whose task ends with one person's name after a dash. */
    private static final Pattern DASH_OWNER = Pattern.compile("^(?<task>\\S.{2,120}?)\\s+[-–—]\\s+(?<owner>\\p{L}[\\p{L}'’-]+)\\s*\\.?$");
    /** "Water - 9 gal Sara": a list item of a sign-up list whose task ends with one person's name, no dash before it. */
    private static final Pattern BARE_OWNER = Pattern.compile("^(?<task>\\S.{2,120}?[\\p{Ll}\\d)])\\s+(?<owner>\\p{Lu}[\\p{L}'’-]+)\\s*\\.?$");
    /**
     * "Ian set up ...", "Arun thought that ...", "Eric suggest that ...": outside a list of actions, a verb that may be
     * the past ("set", "put", "read"), is the past ("went", "gave"), or says what someone thought or said, is no duty.
     */
    private static final Pattern NOT_BARE = Pattern.compile("(?i)(?:set|put|read|let|cut|hit|shut|quit|spread|cast|cost|hurt"
            + "|thought|felt|went|gave|took|made|got|came|saw|knew|met|led|ran|brought|bought|sent|left|spoke|wrote|found|kept"
            + "|held|said|told|paid|won|spent|built|sold|taught|lent|began|became|chose|drove|flew|grew|heard|meant|rose|sat"
            + "|stood|understood|forgot|did|had|think|feel|believe|suggest|say|mention|note|agree|disagree|wonder|hope"
            + "|wish|like|want|prefer|know|guess|reckon|expect|see|recall|remember|explain|report|present|attend)\\b"
            + "|\\p{L}+\\s+that\\b"
            // "Carol facilitating, Mark taking notes": who holds which role in the meeting itself, no task.
            + "|\\p{L}{2,}ing\\b");
    /** Words after which a name at the end of a line is who a thing was with, by or for, not who is to do it. */
    private static final Pattern BEFORE_NOT_OWNER = Pattern.compile("(?i).*\\b(?:with|by|to|from|for|of|about|and|or|via|cc|welcome"
            + "|welcomed|thanks|thank|congratulations|per|re|as|at|on|in|met|call|called|meeting|asked|told|introduced|elected"
            + "|appointed|nominated|seconded|moved|proposed|reported|presented|led|chaired|hosted|than|like|dear|hi|hello|is|was"
            + "|are|were|be|been|&|vs|versus|contact|ask|email|emailed|ping|tell)$");
    /**
     * The sign-up list of who brings or does what ("Chairs and tables - Lori", "Water - 9 gal Sara", "Pat send a flyer"):
     * a list item whose task ends with a person's name after a dash, or, in a document with two such items at least,
     * with no dash before it; or that opens with a person's name and a verb in its bare form. The name must be one of
     * the document's people or someone present, never just a capitalised word ("Board Games" is no task of Games').
     */
    private void signedUp(Drafts.Item item, String text) {
        String t = text.strip();
        List<ActionItemRecognizer.Found> duties = ActionItemRecognizer.duties(t);
        if (!duties.isEmpty() && duties.stream().allMatch(d -> d.owners().stream().allMatch(this::isPerson)
                && !NOT_BARE.matcher(d.task()).lookingAt())) {
            duties.forEach(d -> item.actions.add(new Drafts.Action(d, item.title)));
            return;
        }
        if (ownersThenTask(item, t)) {
            return;
        }
        Matcher m = DASH_OWNER.matcher(t);
        boolean dashed = m.matches();
        if (!dashed) {
            m = BARE_OWNER.matcher(t);
            if (!m.matches() || dashOwned < 2) {
                return;
            }
        }
        String owner = m.group("owner");
        String task = m.group("task").strip();
        boolean person = Character.isUpperCase(owner.codePointAt(0)) ? isPerson(owner) : dashed && people.declares(owner);
        if (!person || BEFORE_NOT_OWNER.matcher(task).matches() || task.matches(".*[.!?:;]$")
                || task.split("\\s+").length > 14) {
            return;
        }
        Drafts.Action a = new Drafts.Action(new ActionItemRecognizer.Found(List.of(ActionItemRecognizer.capitalise(owner)),
                ActionItemRecognizer.capitalise(task), text, null), item.title);
        a.stated = true;
        item.actions.add(a);
    }

    /** "Omar", "Pia Marsh": one person as a list of notes writes them, a given name alone or with a surname. */
    private static final String NOTED_PERSON = "\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}'’]+)?(?:\\s+\\p{Lu}[\\p{L}'’]+)?";
    private static final String NOTED_PEOPLE = NOTED_PERSON + "(?:\\s*(?:,|/|&|\\band\\b)\\s*" + NOTED_PERSON + "){0,3}";
    /** "Pia: send the form", "Omar- go over the claim", "Pia and Omar - book the hall": owners, a colon or a dash, the task. */
    private static final Pattern OWNERS_COLON_TASK = Pattern.compile("^(?<owners>" + NOTED_PEOPLE + ")\\s*(?::|[-–—])\\s+"
            + "(?<task>(?<verb>\\p{Ll}+)\\b.{3,})$");
    /** "Riverside hall - the fee is unclear. - Omar ring the caretaker": after a note's last dash, owners, a task's verb. */
    private static final Pattern DASH_THEN_OWNERS = Pattern.compile("^(?<topic>\\S.*?\\S)\\s*[-–—]\\s+(?<owners>" + NOTED_PEOPLE
            + ")\\s+(?<task>(?<verb>\\p{Ll}+)\\b.{3,})$");

    /**
     * A note of a list that gives one of the document's people a task by writing them first: "Pia: send the form",
     * "Omar- go over the claim", "Pia and Omar - book the hall", or, after the dash that ends a note on a topic,
     * "Riverside hall - Omar ring the caretaker". The task must open with a verb that sets one ("send", "go", "ring"), so
     * that "Pia: no news yet" or "Omar - finished the draft", a report in the same form, stays a note; each owner must be
     * someone present or one of the document's people, so that "Website: update the page" stays a topic's note.
     */
    private boolean ownersThenTask(Drafts.Item item, String text) {
        Matcher m = OWNERS_COLON_TASK.matcher(text);
        if (m.matches() && text.substring(m.end("owners")).strip().startsWith(":") && speaksOften(m.group("owners"))) {
            // "Pia: ask the editors to check it" in a transcript: what Pia said, maybe to someone else, not Pia's note.
            return false;
        }
        if (!m.matches()) {
            m = DASH_THEN_OWNERS.matcher(text);
            if (!m.matches() || m.group("topic").matches(".*\\b(?i:with|by|to|from|for|of|and|or|cc)$")) {
                return false;
            }
        }
        if (!ActionItemRecognizer.isTaskVerb(m.group("verb")) || NOT_BARE.matcher(m.group("task")).lookingAt()) {
            return false;
        }
        List<String> owners = List.of(m.group("owners").split("\\s*(?:,|/|&|\\band\\b)\\s*"));
        if (owners.isEmpty() || !owners.stream().allMatch(this::personOfNotes)) {
            return false;
        }
        String task = m.group("task").strip();
        Drafts.Action a = new Drafts.Action(new ActionItemRecognizer.Found(owners,
                ActionItemRecognizer.capitalise(task), text, null), item.title);
        a.stated = true;
        item.actions.add(a);
        return true;
    }

    /** Whether three lines or more of the document open with the name and a colon, as a transcript's speaker tags do. */
    private boolean speaksOften(String name) {
        String tag = name.strip() + ":";
        long n = texts.stream().map(x -> x.strip().replaceFirst("^(?:[-*•+]|\\d{1,3}[.)])\\s+", "").replaceAll("\\*\\*|__", ""))
                .filter(x -> x.startsWith(tag)).count();
        return n >= 3;
    }

    /** Whether a name written in a list of notes is a person: someone present, or a person the document names. */
    private boolean personOfNotes(String name) {
        String n = name.strip();
        if (n.isEmpty() || ActionItemRecognizer.isCollective(n) || ActionItemRecognizer.isAcronym(n)
                || ActionItemRecognizer.isOfficer(n) || NameIndex.isOnlyTitles(n)) {
            return false;
        }
        if (!n.contains(" ")) {
            return isPerson(n) || knownPerson(n);
        }
        return NameIndex.looksLikePersonName(n) && (presentIndex().resolve(n) != null || people.knows(n));
    }

    /** Sign-up lines the document holds, "task - Name" with Name one of its people: two make it a sign-up list. */
    private int dashOwned;

    /**
     * Whether one name is a person: someone on the attendance, or one a front-matter list of the page's people declares;
     * not just any capitalised words a list holds ("Natural Language Corners" is no one called Corners).
     */
    private boolean isPerson(String name) {
        String n = name.strip();
        if (n.contains(" ") || ActionItemRecognizer.isCollective(n) || ActionItemRecognizer.isAcronym(n)
                || ActionItemRecognizer.isOfficer(n)) {
            return false;
        }
        return people.declares(n) || presentIndex().resolve(n) != null && !lowerWords.contains(n.toLowerCase(java.util.Locale.ROOT));
    }

    /** The attendance so far as a name index, to resolve a name against who is recorded. */
    private NameIndex presentIndex() {
        NameIndex present = new NameIndex(null);
        attendees.forEach(present::add);
        return present;
    }

    /**
     * Whether one word is a person the document names among its people ("Victoria" of "Victoria Richardson," in a list
     * of names): written as a name, never in lower case ("Commissioners" of "the commissioners" is no one), and no title.
     */
    private boolean knownPerson(String word) {
        return people.knows(word) && NameIndex.looksLikePersonName(word) && !NameIndex.isOnlyTitles(word)
                && (!lowerWords.contains(word.toLowerCase(java.util.Locale.ROOT)) || people.declares(word));
    }

    /**
     * "1. Ann to send the paper" over "2. Gareth to book the room": where an item's other memos of this form name the
     * document's people, a given name opening one is a person too, even one the attendance leaves out.
     */
    private void keepMemoOwners(Drafts.Item item, NameIndex names) {
        boolean memoList = item.actions.stream().anyMatch(a -> MEMO_LINE.matcher(a.found.source()).lookingAt()
                && !a.found.owners().isEmpty() && a.found.owners().stream().allMatch(o -> names.resolve(o) != null));
        if (memoList) {
            item.actions.stream().filter(this::givenNameMemo).forEach(memoOwned::add);
        }
        for (Drafts.Item child : item.items) {
            keepMemoOwners(child, names);
        }
    }

    /**
     * Takes out the actions that only restate a motion of their item: "1. Approve the minutes of May 3" under "Action
     * Items" names what the board voted on, and "Ann moved to approve the minutes of May 3" under it is that vote; it is
     * no one's task. Only actions with no owner whose every word the motion's words hold.
     */
    private static void dropMotionTitles(Drafts.Item item, Set<Drafts.Action> dropped) {
        for (Drafts.Action a : List.copyOf(item.actions)) {
            List<String> words = contentWords(a.found.task());
            if (a.found.owners().isEmpty() && words.size() >= 2 && item.motions.stream()
                    .anyMatch(m -> m.text != null && contentWords(m.text).containsAll(words))) {
                item.actions.remove(a);
                dropped.add(a);
            }
        }
        for (Drafts.Item child : item.items) {
            dropMotionTitles(child, dropped);
        }
    }

    private static List<String> contentWords(String text) {
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+"))
                .filter(w -> w.length() > 2 && !w.matches("the|and|for")).toList();
    }

    private void dropUnknown(Drafts.Item item, NameIndex names) {
        item.actions.removeIf(a -> unknownSingleWord(a, names) && !memoOwned.contains(a));
        for (Drafts.Item child : item.items) {
            dropUnknown(child, names);
        }
    }

    private static void collect(Drafts.Item item, List<Drafts.Action> all) {
        all.addAll(item.actions);
        for (Drafts.Item child : item.items) {
            collect(child, all);
        }
    }

    /** The "@" of a wiki's mention before a capitalised name or office: "@Ann", "@ Chair". */
    private static final Pattern MENTION = Pattern.compile("^@\\s*(?=\\p{Lu})");

    private void resolveAction(Drafts.Action a, NameIndex names) {
        for (String written : a.found.owners()) {
            // "@Ann", "@ Chair": a wiki's mention of someone present or of an office, not a user name.
            String mentioned = MENTION.matcher(written).replaceFirst("");
            String mention = !mentioned.equals(written) && (names.resolve(mentioned) != null
                    || ActionItemRecognizer.isOfficer(mentioned)) ? mentioned : written;
            NameIndex.Resolved r = names.resolve(mention);
            String initials = r == null ? names.byInitials(mention) : null;
            if (initials != null) {
                // "JS: send the letter": the owner as written, a reference the check resolves like "Cllr. Smith".
                a.notes.add("owner \"" + mention.strip() + "\" read as the initials of " + initials);
            }
            String owner;
            if (r == null || NameIndex.isTitled(mention)) {
                // No one on the attendance, or someone named by title: the owner as the minutes name them, title and
                // all ("Chair Lund", "Cllr. O. Williams", "The board"); the check knows whom a title and surname mean.
                owner = ActionItemRecognizer.capitalise(mention.strip());
                r = null;
            } else {
                owner = r.name();
                if (a.found.pronoun() != null) {
                    a.notes.add("owner guessed from \"" + a.found.pronoun() + "\" (meaning " + mention + ")");
                } else if (r.guessed()) {
                    a.notes.add("owner guessed from \"" + mention + "\"");
                }
            }
            if (r == null && a.found.pronoun() != null) {
                a.notes.add("owner guessed from \"" + a.found.pronoun() + "\" (meaning " + mention + ")");
            }
            if (!a.owners.contains(owner)) {
                a.owners.add(owner);
            }
        }
        if (a.dueText != null) {
            DateRecognizer.Found d = firstDate(a.dueText);
            if (d == null) {
                d = parseDue(a.dueText);
            }
            if (d != null) {
                a.due = d.date();
                if (!d.hasYear()) {
                    a.notes.add("due date read from \"" + a.dueText + "\" (year taken from the meeting date)");
                }
            } else {
                a.notes.add("due \"" + a.dueText + "\" is not a date; left out");
            }
            return;
        }
        Matcher due = DUE.matcher(a.found.task());
        if (due.find()) {
            String what = due.group("what");
            if (what.toLowerCase(java.util.Locale.ROOT).startsWith("next")) {
                a.dueNote = "next";
                a.notes.add(nextDate != null ? "due \"" + due.group().strip() + "\" read as the next meeting's date"
                        : "due \"" + due.group().strip() + "\", but the minutes give no date for the next meeting");
                a.due = nextDate;
            } else {
                DateRecognizer.Found d = parseDue(what);
                if (d != null) {
                    a.due = d.date();
                    if (!d.hasYear()) {
                        a.notes.add("due date read from \"" + due.group().strip() + "\" (year taken from the meeting date)");
                    }
                }
            }
        }
    }

    private DateRecognizer.Found parseDue(String what) {
        Matcher dayFirst = Pattern.compile("(?i)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + DateRecognizer.MONTH
                + ")\\b(?:,?\\s+(\\d{4}))?").matcher(what);
        if (dayFirst.matches()) {
            // "1 June" and "20th of May 2024" are read as "June 1" and "May 20, 2024".
            what = dayFirst.group(2) + " " + dayFirst.group(1) + (dayFirst.group(3) == null ? "" : ", " + dayFirst.group(3));
        }
        DateRecognizer.Found f = DateRecognizer.at(what, date);
        if (f != null) {
            return f;
        }
        Matcher m = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?").matcher(what);
        if (m.matches() && m.group(3) == null) {
            try {
                LocalDate d = LocalDate.of(date.getYear(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new DateRecognizer.Found(0, what.length(), d.isBefore(date) ? d.plusYears(1) : d, false);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return DateRecognizer.full(what).isEmpty() ? null : DateRecognizer.full(what).get(0);
    }

    private AgendaItem item(Drafts.Item d, String path, NameIndex names) {
        List<ActionItem> actions = new ArrayList<>();
        for (int i = 0; i < d.actions.size(); i++) {
            actions.add(action(d.actions.get(i), path + ".actions[" + i + "]"));
        }
        List<Motion> motions = new ArrayList<>();
        for (int i = 0; i < d.motions.size(); i++) {
            motions.add(motion(d.motions.get(i), path + ".motions[" + i + "]", names));
        }
        List<AgendaItem> children = new ArrayList<>();
        for (int i = 0; i < d.items.size(); i++) {
            children.add(item(d.items.get(i), path + ".items[" + i + "]", names));
        }
        return new AgendaItem(d.title, null, null, resolveName(d.presenter, names, path + ".presenter", "presenter"),
                d.duration, d.narrative.stream().map(Sentences::asKept).toList(),
                d.decisions.stream().map(Sentences::asKept).toList(), motions, actions, List.of(), null, List.of(), children);
    }

    private ActionItem action(Drafts.Action a, String path) {
        for (String note : a.notes) {
            String field = note.startsWith("due") ? (a.due != null ? ".due" : ".task") : ".owners";
            guesses.add(new Guess(path + field, note));
        }
        if (a.owners.isEmpty()) {
            guesses.add(new Guess(path + ".task", "no owner named in \"" + shorten(a.found.source()) + "\""));
        }
        return new ActionItem(a.id, a.owners, a.found.task(), a.due, null, null);
    }

    private Motion motion(MotionRecognizer.Found f, String path, NameIndex names) {
        String mover = participant(resolveName(trimDot(f.mover), names, path + ".mover", "mover"), f.mover, path, "mover");
        String seconder = participant(resolveName(trimDot(f.seconder), names, path + ".seconder", "seconder"), f.seconder,
                path, "seconder");
        for (String what : List.of("mover", "seconder")) {
            String written = what.equals("mover") ? mover : seconder;
            String whose = written != null && written.matches("\\p{Lu}{2,4}") && names.resolve(written) == null
                    ? names.byInitials(written) : null;
            if (whose != null) {
                // "MM, DEC" after a resolution: kept as written, as an action's owner by initials is, with whose they are.
                guesses.add(new Guess(path + "." + what, what + " \"" + written + "\" read as the initials of " + whose));
            }
        }
        if (mover != null && seconder != null && Names.same(mover, seconder)) {
            // "Moved by Lee, seconded by Lee": a slip in the record, since no one seconds their own motion. The mover
            // stays, the seconder is left out so the file passes 'clerk check', and the wording stays in the text.
            guesses.add(new Guess(path + ".seconder", "the minutes name " + seconder + " as both mover and seconder;"
                    + " the seconder is left out: give the member who seconded if the record shows who did"));
            seconder = null;
        }
        List<String> abstainers = new ArrayList<>();
        for (String who : f.abstainers) {
            NameIndex.Resolved r = names.resolve(who);
            abstainers.add(r == null ? NameIndex.stripTitles(who) : r.name());
        }
        if (f.abstentions != null && !abstainers.isEmpty() && f.abstentions != abstainers.size()) {
            abstainers.clear();
        }
        Vote vote = null;
        if (f.ayes != null || f.noes != null || !abstainers.isEmpty()) {
            vote = new Vote(f.ayes, f.noes, f.abstentions, List.of(), List.of(), abstainers, List.of());
        }
        if (vote != null && vote.exceedsAttendance(attendees)) {
            // The minutes count more votes than the attendance they give has people present: one of the two is wrong,
            // and the file must still pass 'clerk check'; the counts stay in the text.
            long present = attendees.stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count();
            guesses.add(new Guess(path + ".text", vote.total() + " votes are counted but " + present
                    + " people are recorded as present; the counts are left in the text, not in the vote"));
            vote = null;
        }
        String text = f.text != null ? f.text : f.source.strip().replaceFirst("(?i)^motion\\s*:\\s*", "");
        return new Motion(text, mover, seconder, f.result, vote, null);
    }

    /**
     * The mover or seconder as written, when the attendance records that person as not there: the minutes say both,
     * so the name stays as the motion gives it, apart from the absent attendee, with a note to check; left out, with
     * the note, when the motion writes the very name of the attendance.
     */
    private String participant(String resolved, String mention, String path, String what) {
        if (resolved == null) {
            return null;
        }
        Attendee absent = attendees.stream().filter(a -> Names.same(a.name(), resolved)
                && a.status() != AttendanceStatus.PRESENT).findFirst().orElse(null);
        if (absent == null) {
            return resolved;
        }
        String written = trimDot(mention);
        boolean same = Names.same(written, absent.name());
        guesses.add(new Guess(path + (same ? ".text" : "." + what), what + " \"" + written + "\" is recorded as "
                + absent.status() + " in the attendance" + (same ? "; left out of the motion" : "; kept as written")));
        return same ? null : written;
    }

    private void dedupeAttendees() {
        Set<String> seen = new HashSet<>();
        List<Attendee> unique = new ArrayList<>();
        for (Attendee a : attendees) {
            if (seen.add(Names.canonical(a.name()))) {
                unique.add(a);
            } else {
                warnings.add("\"" + a.name() + "\" is listed twice in the attendance; kept once");
            }
        }
        attendees.clear();
        attendees.addAll(unique);
        if (attendees.stream().noneMatch(a -> a.status() == AttendanceStatus.PRESENT) && !attendees.isEmpty()) {
            warnings.add("no one is recorded as present");
        }
    }

    private static String trimDot(String name) {
        return name == null ? null : name.strip().replaceAll("[.,;:]+$", "");
    }

    static String shorten(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > 70 ? t.substring(0, 67) + "..." : t;
    }

    /** "Ann Lee withdrew her request", "Cllr Bell then withdrew the proposal": one taking back what they asked for. */
    private static final Pattern WITHDREW = Pattern.compile("^(?<who>(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)\\s+"
            + "(?:then\\s+|later\\s+|subsequently\\s+|also\\s+)?withdrew\\s+(?:his|her|their|the|this|that)\\s+(?:request|proposal"
            + "|suggestion|recommendation)\\b");
    /** The verbs of asking or proposing that what was withdrawn was made with. */
    private static final Pattern ASKING = Pattern.compile("(?i)\\b(?:requested|asked|proposed|suggested|recommended)\\b");

    /**
     * Whether the attendance so far defines these initials: an attendee written so ("MM"), or with them in brackets
     * ("Matt Merriel (MM)"), or the one attendee whose name they are the initials of.
     */
    private boolean attendanceInitials(String initials) {
        long keyed = attendees.stream().filter(a -> a.name().equals(initials) || a.note() != null
                && java.util.Arrays.asList(a.note().strip().split("\\s*;\\s*")).contains(initials)).count();
        return keyed == 1 || keyed == 0
                && attendees.stream().filter(a -> dev.clerk.model.NameReference.initialsOf(a.name()).equals(initials)).count() == 1;
    }

    /** "<strong>", "</em>": the bold and italic a table cell's HTML marks words with. */
    private static final Pattern CELL_EMPHASIS = Pattern.compile("(?i)</?(?:strong|b|em|i|u)>");

    /**
     * The sentences of a paragraph as the recognisers read them: the items of a table cell's list each on its own
     * ("<ul><li>Kate will send it <li>Matt will ask</ul>"), a name written as a link as the name ("`Bill`_ will ...").
     */
    private static List<String> spoken(String text) {
        Matcher link = NAME_LINK.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (link.find()) {
            link.appendReplacement(sb, Matcher.quoteReplacement(link.group("rst") != null ? link.group("rst") : link.group("md")));
        }
        String unlinked = link.appendTail(sb).toString();
        // "<li><strong>Action:</strong> Jo to book the hall</li>": in a cell's list, bold is no word of the item.
        boolean cell = Line.CELL_ITEMS.matcher(unlinked).find();
        List<String> out = new ArrayList<>();
        for (String piece : Line.CELL_ITEMS.split(unlinked)) {
            if (!piece.isBlank()) {
                out.addAll(Sentences.plain(cell ? CELL_EMPHASIS.matcher(piece).replaceAll("") : piece));
            }
        }
        return out;
    }
}
