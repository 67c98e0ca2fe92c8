package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.check.CheckReport;
import dev.clerk.model.check.Checker;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The importer on real minutes it was measured on before it saw them ({@code unseen/}, see its README): the strict
 * score per document and in total, printed, with the totals measured when the minutes were added held as floors so
 * that a change that loses ground fails. Issue 14's targets (attendees, start, sections and movers 0.90, owners 0.80,
 * kept 0.98) are not met on these yet; the floors only ever go up. All were raised on 2026-12-04 to what the round
 * of sets 19 and 20 measured (owners in clauses and lists, transcripts and roll calls, listed motions, the hours line),
 * where it gained a hundredth or more.
 */
class UnseenAccuracyTest {
    static final List<String> DOCUMENTS = List.of("31-northwold-parish-council-2014-05-06-minutes",
            "32-san-juan-usd-board-2022-10-25-minutes", "33-hacdc-board-2012-12-04-minutes",
            "34-uwcs-exec-2006-12-08-minutes", "35-bevy-foundation-board-2024-02-03-minutes",
            "36-marshchapel-parish-council-2019-05-14-minutes", "37-wretton-parish-council-2015-05-13-minutes",
            "41-sf-osvtac-2018-03-08-minutes", "42-heronwood-hoa-board-2022-11-19-minutes",
            "43-srcf-agm-2015-03-05-minutes", "44-scala-center-advisory-board-2017-02-28-minutes",
            "45-icat-steering-group-2015-12-09-minutes", "46-spdx-legal-team-2014-05-14-minutes",
            "51-govan-community-council-2023-12-04-minutes",
            "52-north-star-township-board-2020-10-19-minutes",
            "53-nodejs-tsc-2017-11-15-minutes",
            "54-thelab-ms-board-2014-01-23-minutes",
            "55-w3c-tag-plenary-2019-12-18-minutes",
            "56-manordeilo-salem-community-council-2020-06-10-minutes",
            "57-brisbane-social-chess-club-committee-2025-06-24-minutes",
            "58-wlug-agm-2023-02-27-minutes");
    /**
     * Set 4, collected on 2026-12-03 by people who never read the importer, scored once when every rule of that day was
     * written (none from them), and held at that first score (the README lists them): date 0.89, start 0.67,
     * attendees 0.49, sections 0.41, owners 0.11, motions 0.36, kept 0.97. Far below sets 1-3: rules made for minutes
     * that were seen did not carry over to these. Then read for the general forms behind their misses (they are seen
     * now): attendance ("Name (Company)" paragraphs, roll calls as lists, "THOSE PRESENT WERE", flattened tables),
     * motions and owners ("Moved by A and seconded by B" inside sentences, "A makes a motion", "First:/Second:",
     * "Action items:" lists, a speaker's "I will"), sections and dates (a meeting written as one indented list, nested
     * bullet notes, bold labels over bold titles, "06-01-2012"): date 1.00, start 0.67, attendees 0.99, sections
     * 0.86, owners 0.72, motions 1.00, kept 0.97. Attendees 1.00 once members who vote by name were taken as
     * present, owners 0.83 once work under way ("is being drafted by the Chair") was read. Start stays 0.67: 61 and 63
     * give a notice's time and a later call to order, and their facts take the call to order, while the facts of 41,
     * 42 and sample 20 (and the seed's committee) take the notice's time, as the importer does; it sets the call to
     * order beside the start in a check note.
     */
    static final List<String> SET_4 = List.of("61-rtd-planning-capital-fastracks-committee-2018-08-07-minutes",
            "62-portland-city-council-2011-01-12-minutes", "63-littleton-nh-board-of-selectmen-2020-05-11-minutes",
            "71-mantid-tsc-2014-02-17-minutes", "72-rust-leadership-council-2024-02-16-minutes",
            "73-hypha-worker-coop-board-2021-04-14-minutes", "74-csulb-acm-chapter-2012-06-01-minutes",
            "75-altspace-board-2024-03-04-minutes", "76-ca-browser-forum-2018-11-29-minutes");
    static final Map<String, Double> SET_4_FLOORS = Map.of("date", 1.00, "start", 0.99, "attendees", 0.99,
            "sections", 0.85, "owners", 0.94, "motions", 0.99, "kept", 0.97);
    /**
     * Set 5, collected on 2026-12-03 by people who never read the importer, held out and scored once (the day's rules
     * were all written before; none from them), and scored again unchanged on 2026-12-03 before any rule was written
     * from them: date 1.00, start 0.67, attendees 0.37, sections 0.93, owners 0.29, motions 0.00, kept 0.99. Start 1.00
     * and attendees 1.00 after the attendance forms of markup and label tables (rst "Attendees::", a date before the
     * heading's word, "Name - Company (INITIALS)", a Participants row of initials, "1200 CEST", user names).
     * Motions 1.00 once motions stated over several lines or sentences and names with call signs were read.
     * Owners 1.00 and sections 0.94 after group owners in "Owner: task" lists, undertakings later in a paragraph,
     * motions that give a task, notes under a list item and speakers by initials were read. Sections 0.98 once a
     * "Next Meeting" heading was kept as the item it is and "1. **Title**." under "## Minutes" read as an item.
     */
    static final List<String> SET_5 = List.of("81-openid-fapi-wg-2016-06-06-minutes",
            "82-orc-ai-policy-sig-2026-08-10-minutes", "83-overture-net-meeting-2017-08-27-minutes",
            "91-red-river-radio-amateurs-2022-08-16-minutes", "92-fdc3-use-case-working-group-2020-01-16-minutes",
            "93-hiero-sdk-collaboration-call-2025-07-28-minutes",
            "94-haskell-foundation-technical-working-group-2023-07-14-minutes",
            "95-unicode-messageformat-working-group-2020-01-27-minutes");
    static final Map<String, Double> SET_5_FLOORS = Map.of("date", 1.00, "start", 0.99, "attendees", 0.99,
            "sections", 0.99, "owners", 0.99, "motions", 0.99, "kept", 0.99);
    /**
     * Set 6 (101-105, 111-115), collected on 2026-12-03 by people who never read the importer and held out while set 5's
     * forms were read; scored once after every rule of that day was written (none from them): date 1.00, start 0.50,
     * attendees 0.83, sections 0.79, owners 0.40, motions 0.90, kept 0.98. Set 5's rules moved it by one owner: the
     * importer before them scored 0.38 there. Sections 1.00 and motions 1.00 once wiki headings ("= Crew =", "=== x
     * ===", "h2. x"), running minute numbers of any width ("2709. Police Report: ...") and proposer and seconder named
     * together inside a sentence were read; attendees 0.94 and start 0.67 once attendance in callout blocks,
     * initial-and-surname lists and ISO timestamps were read; owners 0.72 once owners in brackets after a label
     * ("TODO(X):", "AI[X]:") and "Name: task" lines under what was resolved or decided were read.
     */
    static final List<String> SET_6 = List.of("101-asucd-senate-2006-10-19-minutes",
            "102-computer-science-student-society-ubc-2008-07-19-minutes",
            "103-hackerspacesg-plenum-2014-06-12-minutes",
            "104-london-community-protective-services-committee-2025-03-24-minutes",
            "105-haskell-org-committee-2021-09-08-minutes",
            "111-noisebridge-weekly-meeting-2009-08-04-minutes",
            "112-webassembly-community-group-2019-04-16-minutes",
            "113-tintern-community-council-2019-06-24-minutes",
            "114-openjs-cross-project-council-2020-09-29-minutes",
            "115-w3c-solid-community-group-2023-03-01-minutes");
    static final Map<String, Double> SET_6_FLOORS = Map.of("date", 1.00, "start", 0.99, "attendees", 0.95,
            "sections", 0.99, "owners", 0.74, "motions", 0.99, "kept", 0.97);
    /**
     * Set 7 (121-126), collected and held out the same way, scored once with set 6: date 1.00, start 0.75, attendees
     * 0.37, sections 0.73, owners 0.50, motions 0.57, kept 0.95 (the importer before set 5's rules: owners 0.44, the rest
     * the same). Motions 1.00, sections 0.95 and kept 0.99 once a "Motion:" line with its mover on a bullet below, a
     * proposer seconded in the next sentence, a motion laid out as "Presenter:/Text:/Resolution:" fields under its
     * heading, paragraphs led by a bold label (Markdown, or HTML's bold span) and upper-case titles closed by a colon
     * were read; attendees 0.77 and start 1.00 once attendance grouped under subheadings, one name per line after a
     * label, checkbox rosters and stand-ins were read; owners 0.67 with set 6's owner forms and offices by initials.
     */
    static final List<String> SET_7 = List.of("121-ocf-board-of-directors-1998-03-09-minutes",
            "122-perth-linux-users-group-agm-2018-03-13-minutes",
            "123-charlotte-historic-district-commission-2020-05-13-minutes",
            "124-nwdra-residents-association-2009-11-25-minutes",
            "125-aswf-tac-2019-02-07-minutes",
            "126-software-carpentry-steering-committee-2016-04-06-minutes");
    static final Map<String, Double> SET_7_FLOORS = Map.of("date", 1.00, "start", 0.99, "attendees", 0.91,
            "sections", 0.92, "owners", 0.66, "motions", 0.99, "kept", 0.99);
    /**
     * Set 8 (131-136), collected on 2026-12-03 by someone who never read the importer and held out while sets 6 and 7
     * were read; scored once with the importer of that day's end, and again unchanged on 2026-12-03 in the next
     * session, before any rule was written from them: date 1.00, start 0.67, attendees 0.72, sections 0.55, owners
     * 0.00, motions 0.14, kept 1.00 (the importer before sets 5-7's rules: attendees 0.59, sections 0.40, the rest the
     * same). Owners 0.56 once owners were read from the document's own people (notes like "Chris issuing cheques",
     * "TODO for Ann:", "@x: action: ...", and subjectless futures under a bullet head "ewasm (Casey)").
     * Motions 1.00 once the motion verb was read in its other forms ("X motions to ...", "Motion made by Mr. X,
     * seconded and carried, that ...", "On motion of Mr. X, ...", a seconder after the motion with no comma, a PDF's
     * bullet glyphs) and the motions before the first heading were read.
     * Start 1.00, attendees 0.98 and sections 0.85 once a converter's fence around a PDF's extracted text was
     * read as the minutes, a lettered outline under numbered items, numbered entries heading points like their
     * neighbours, names listed under a head count, a bold "Agenda" over its list and a twelve-hour time in the front
     * matter were read.
     */
    static final List<String> SET_8 = List.of("131-amityville-board-of-education-1926-05-06-minutes",
            "132-reno-sparks-tenants-union-2024-03-20-minutes",
            "133-ethereum-core-devs-meeting-2018-06-29-minutes",
            "134-npm-open-rfc-meeting-2021-02-10-minutes",
            "135-edinburgh-compsoc-committee-2021-10-13-minutes",
            "136-gtalug-board-2011-09-26-minutes");
    static final Map<String, Double> SET_8_FLOORS = Map.of("date", 1.00, "start", 0.99, "attendees", 0.98,
            "sections", 0.85, "owners", 0.87, "motions", 0.99, "kept", 0.99);
    /**
     * Set 9 (141-147), minutes of public bodies (parish, town and community councils, a housing authority, a
     * redevelopment agency; most of them text extracted from PDFs), collected on 2026-12-03 by someone who never read
     * the importer and scored before anyone read them, once with the importer before set 8's rules and once after them:
     * date 1.00, start 0.33, attendees 0.48, sections 0.93, owners 0.25, motions 0.67, kept 0.98 both times. Set 8's
     * rules (the document's people, motion verbs of any form, documents read by their own shapes) moved it by nothing.
     * Attendees 0.98 once roll calls by how members took part ("Members participating remotely: Councilors A, B"),
     * offices that go on with what they are of ("Clerk of the Council Jo Pettit"), members one a line written office
     * first, singular and bare captions ("GUEST:", "OTHERS:") and columns side by side with a label partway down
     * ("Board of Directors:" over "Ann Roe, Chair      City Staff:") were read; start 0.67 and sections 0.97 once a
     * title set over several lines, the meeting's opening in any wording ("commenced at") and numbered titles wrapped
     * or closed by a stop were read (143 and 147 keep the notice's time; their facts take the call to order).
     * Owners 0.75 and motions 0.93 once resolutions that charge an officer, staff officers by their posts, motions under
     * step labels in any capitals ("MOVED:" / "VOTED: 16-0-1"), "moved to APPROVE" and proposers by initials were read.
     */
    static final List<String> SET_9 = List.of("141-burton-cum-walden-parish-council-2025-01-07-minutes",
            "142-housing-connect-salt-lake-county-board-2023-05-17-minutes",
            "143-amherst-town-council-2020-03-16-minutes",
            "144-ayton-community-council-2025-03-04-minutes",
            "145-alta-town-council-2021-06-30-minutes",
            "146-holladay-redevelopment-agency-board-2022-05-05-minutes",
            "147-amherst-town-council-school-committee-joint-2020-04-14-minutes");
    static final Map<String, Double> SET_9_FLOORS = Map.of("date", 1.00, "start", 0.99, "attendees", 0.97,
            "sections", 0.96, "owners", 0.75, "motions", 0.99, "kept", 0.97);
    /**
     * Set 10 (see the README): minutes of non-governmental bodies, held out while sets 8 and 9 were read and scored
     * before anyone read them, four times over two sessions with the same result each time (no rule written from sets
     * 8 and 9 moved it): date 1.00, start 0.60, attendees 0.59, sections 0.77, owners 0.00, motions 0.00, kept 0.98.
     * Attendees raised to 1.00 after user names under an attendance heading, "Office: Name" lines under a label and the
     * people a front matter lists were read (OfficeHandleFrontMatterFormsTest).
     * Owners 0.96 once a list under a line naming its person or directing an officer was read as that owner's tasks,
     * with officers of companies and clubs, offers taken up, user names and "[ACTION]" labels (OwnerListFormsTest).
     * Start 1.00 and sections 0.98 once labels standing alone were read as sections, the body's name and a date as the
     * top headings over sections at any depth, more date forms in a title line, and items named after a code change
     * (StandingLabelFormsTest).
     */
    static final List<String> SET_10 = List.of("151-electron-api-wg-2020-04-27-minutes",
            "152-plasmapy-project-meeting-2021-03-03-minutes",
            "153-rzzt-cic-directors-2017-12-24-minutes",
            "154-saline-crew-board-2015-12-08-minutes",
            "155-uk-python-association-general-meeting-2019-09-14-minutes",
            "156-opentofu-tsc-2023-12-11-minutes",
            "157-conda-forge-core-2016-09-23-minutes");
    static final Map<String, Double> SET_10_FLOORS = Map.of("date", 1.00, "start", 0.99, "attendees", 0.99,
            "sections", 0.97, "owners", 0.99, "motions", 0.99, "kept", 0.98);
    /**
     * Set 11 (see the README): five public bodies and two others, scored before anyone read them (date 1.00, start 0.75,
     * attendees 0.81, sections 0.95, owners 0.41, motions 0.67, kept 0.98) and again, still unread, after set 10's rules:
     * owners 0.51, the first fresh set that a round of rules moved. Start 1.00 once the meeting's hours at the top were
     * read (MeetingHoursFormsTest); owners 0.92 once sign-up lists ("Chairs and tables - Lori") were (SignUpOwnerFormsTest).
     */
    static final List<String> SET_11 = List.of("161-licton-springs-community-council-2020-01-22-minutes",
            "162-logan-planning-commission-2022-05-12-minutes",
            "163-thompson-highlands-hoa-board-2015-08-17-minutes",
            "164-gc-cto-open-source-advisory-board-2018-11-21-minutes",
            "165-crime-justice-transparency-sector-panel-2011-12-13-minutes",
            "166-west-carleton-amateur-radio-club-2023-11-20-minutes",
            "167-speedcubing-canada-board-2022-05-25-minutes");
    static final Map<String, Double> SET_11_FLOORS = Map.of("date", 1.00, "start", 0.99, "attendees", 0.96,
            "sections", 0.97, "owners", 0.91, "motions", 0.99, "kept", 0.98);
    /**
     * Set 12 (see the README): seven non-governmental bodies, held out while sets 10 and 11 were read and scored three
     * times before anyone read them: first date 0.86, start 0.33, attendees 0.77, sections 0.85, owners 0.36, motions
     * 0.83, kept 0.97; after set 10's rules owners 0.47 and kept 0.98, and the same at the start of the next session;
     * after the meeting's hours at the top and the notes in brackets were read, date 1.00, start 1.00, attendees 0.97,
     * owners 0.62;
     * sections 0.97 after headings with their hashes run in ("##Outreach", 176) and bold titles closed by a colon over
     * their text ("**President's report:**", 171) were read.
     */
    static final List<String> SET_12 = List.of("171-australasian-computer-music-association-agm-2023-10-11-minutes",
            "172-afs-summerside-subgroup-executive-2023-09-29-minutes",
            "173-unsw-src-noise-collective-2024-11-14-minutes",
            "174-belgian-rse-community-committee-2025-01-17-minutes",
            "175-openid-australian-digital-trust-cg-2025-03-03-minutes",
            "176-poplus-communications-committee-2014-05-23-minutes",
            "177-openstreetmap-belgium-members-meeting-2024-03-11-minutes");
    static final Map<String, Double> SET_12_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.99,
            "sections", 0.98, "owners", 0.88, "motions", 0.83, "kept", 0.97);
    /**
     * Set 13 (see the README): five bodies held out while set 12 was read, scored before anyone read them (date 1.00,
     * start 0.67, attendees 0.62, sections 0.62, owners 0.52, motions 0.60, kept 0.90), again after that round of rules
     * (sections 0.67), and a third time at the start of the next session, the same, which these floors hold.
     * Raised to what was measured after sets 13 and 14 were read (start 1.00, attendees 0.97, sections 0.78, owners
     * 0.57): a date broken over two title lines (BrokenDateFormsTest), definition lists and "From X:" captions in the
     * attendance (AttendanceVariantsFormsTest), undertakings (UndertakingFormsTest), agenda tables written as one HTML
     * table and pages spaced out with blank lines (WebPageFormsTest). 184's old 4/4 owners were the text of a whole
     * actions column read as one owner ("Duncan will provide ... Silona will incorporate ..."), false facts that
     * happened to hold the names; read as an agenda table its owners are Duncan, Silona and Romain, each on their own
     * action (3/4).
     */
    static final List<String> SET_13 = List.of("181-hawaii-ultimate-league-association-board-2004-04-22-minutes",
            "182-hacdc-regular-member-meeting-2015-11-10-minutes",
            "184-intersect-core-infrastructure-roadmap-working-group-2024-07-22-minutes",
            "185-limerick-municipal-district-of-newcastle-west-2014-07-02-minutes",
            "187-open-shading-language-tsc-2020-04-02-minutes");
    static final Map<String, Double> SET_13_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.96,
            "sections", 0.78, "owners", 0.66, "motions", 0.99, "kept", 0.90);
    /**
     * Set 14 (see the README): four bodies held out with set 13, scored three times before anyone read them, the same
     * each time (date 1.00, start 1.00, attendees 0.29, sections 0.93, owners 0.48, motions 0.50, kept 0.75); owners,
     * motions and attendees raised after the undertaking forms and "Moved - A, seconded - B" were read
     * (UndertakingFormsTest), a definition list's terms as labels ("<dt>Present</dt><dd>...", WebPageFormsTest) and
     * the attendance variants (AttendanceVariantsFormsTest): measured attendees 0.71, owners 0.78, motions 1.00.
     */
    static final List<String> SET_14 = List.of("191-perth-artifactory-committee-2011-02-01-minutes",
            "192-w3c-wot-thing-description-2025-10-02-minutes",
            "194-scikit-learn-dev-meeting-2020-05-25-minutes",
            "197-iassist-annual-general-meeting-1999-05-20-minutes");
    static final Map<String, Double> SET_14_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.99,
            "sections", 0.93, "owners", 0.82, "motions", 0.99, "kept", 0.75);
    /**
     * Set 15 (see the README): seven bodies held out while sets 13 and 14 were read, scored three times before anyone
     * read them, the same each time (date 1.00, start 1.00, attendees 0.50, sections 1.00, owners 0.62, no motions,
     * kept 0.99); owners 0.88 after the rules written from sets 15 and 16 (an action list sorted into subsections, what
     * someone reported they would do under a condition, the editors directed); attendees 0.97 after the forms of
     * attendance read from it (a label's capacity, talks and reports given, names of a list of speakers).
     */
    static final List<String> SET_15 = List.of("201-indy-docker-container-wg-2021-05-14-minutes",
            "202-bytecode-alliance-tsc-2024-04-02-minutes",
            "203-pta-executive-board-2025-09-10-minutes",
            "204-ndsu-acm-executive-council-2015-11-24-minutes",
            "205-iowa-state-university-faculty-senate-2018-04-03-minutes",
            "206-ietf-httpbis-working-group-2007-12-03-minutes",
            "207-eddington-residents-association-agm-2025-04-24-minutes");
    static final Map<String, Double> SET_15_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.97,
            "sections", 0.99, "owners", 0.94, "motions", 0.99, "kept", 0.99);
    /**
     * Set 16 (see the README): seven bodies held out with set 15, scored three times before anyone read them: first
     * date 1.00, start 0.67, attendees 0.46, sections 0.55, owners 0.26, motions 1.00, kept 0.99; owners 0.32 after
     * the rules written from sets 13 and 14, the same at the start of the next session. Raised after the rules written
     * from sets 15 and 16 were read: the owner forms ("He said that if ..., he would ...", "we agreed that the Board
     * will ..."), the attendance forms (bullets touching names, leaving the meeting, nested brackets), a meeting bot's
     * summary (MeetBot) and a converter's page marks over PDF text.
     */
    static final List<String> SET_16 = List.of("211-union-of-uk-unicyclists-committee-2013-01-20-minutes",
            "212-odpi-technical-steering-committee-2018-06-06-minutes",
            "213-xmpp-standards-foundation-members-2009-10-06-minutes",
            "214-richmond-st-margarets-twickenham-area-consultation-2006-10-16-minutes",
            "215-opensuse-board-2010-12-15-minutes",
            "216-commons-photographers-user-group-board-2022-01-23-minutes",
            "217-portsmouth-cycle-forum-committee-2021-02-12-minutes");
    static final Map<String, Double> SET_16_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.99,
            "sections", 0.86, "owners", 0.87, "motions", 0.99, "kept", 0.98);
    /**
     * Set 17 (see the README): seven bodies held out while sets 15 and 16 were read, scored three times before anyone
     * read them: first date 0.71, start 0.00, attendees 0.68, sections 0.40, owners 0.02, motions 0.00, kept 0.79 (226
     * failed with an internal error on control characters, fixed on its own); then date 0.86, start 0.33, attendees
     * 0.68, sections 0.48, owners 0.26, motions 1.00, kept 0.93, the same after the round of sets 15 and 16 and at the
     * start of the next session. Raised to what the round of 2026-12-04 measured, after rules were written from it
     * (keyed, linked and scribed attendance; spoken, tracker and comma-joined owners; web pages' definition lists):
     * attendees 0.97, sections 0.77, owners 0.56, kept 0.98.
     */
    static final List<String> SET_17 = List.of("221-lumiera-developers-meeting-2008-06-06-minutes",
            "222-colorado-springs-friends-meeting-2012-06-10-minutes",
            "223-usf-data-governance-committee-2021-10-14-minutes",
            "224-cochise-linux-users-group-2019-02-23-minutes",
            "225-jcp-jsr-358-expert-group-2012-08-14-minutes",
            "226-new-mexico-network-for-women-in-science-and-engineering-2001-04-07-minutes",
            "227-pyformex-user-meeting-2009-11-03-minutes");
    static final Map<String, Double> SET_17_FLOORS = Map.of("date", 0.85, "start", 0.99, "attendees", 0.98,
            "sections", 0.89, "owners", 0.67, "motions", 0.99, "kept", 0.98);
    /**
     * Set 18 (see the README): seven bodies held out with set 17, scored three times before anyone read them: first
     * date 1.00, start 0.00, attendees 0.30, sections 0.71, owners 0.43, motions 1.00, kept 0.93; attendees 0.33 after
     * the round of sets 15 and 16 (a bullet touching a name), the same at the start of the next session. Raised to what
     * the round of 2026-12-04 measured: attendees 0.95, sections 0.82 (a table's rows without their closing pipe),
     * owners 0.73.
     */
    static final List<String> SET_18 = List.of("231-rust-lang-team-planning-2021-07-07-minutes",
            "232-owasp-foundation-board-2011-09-06-minutes",
            "233-openwis-technical-committee-2016-12-15-minutes",
            "234-nixos-foundation-board-open-call-2024-05-08-minutes",
            "235-w3c-publishing-cg-2025-05-15-minutes",
            "236-sunpy-board-2015-12-07-minutes",
            "237-riscv-code-speed-optimization-sig-2020-12-07-minutes");
    static final Map<String, Double> SET_18_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.95,
            "sections", 0.86, "owners", 0.83, "motions", 0.99, "kept", 0.93);
    /**
     * Set 19 (see the README): seven bodies held out while sets 17 and 18 were read, scored three times before anyone
     * read them: first date 1.00, start 0.75, attendees 0.67, sections 0.87, owners 0.59, motions 0.31, kept 0.97; then
     * kept 0.98 after the round of sets 17 and 18, the same at the start of the next session.
     */
    static final List<String> SET_19 = List.of("241-milton-keynes-chess-club-2025-09-04-minutes",
            "242-all-hands-active-board-2018-11-14-minutes",
            "243-flint-hills-dsa-2025-07-10-minutes",
            "244-ayton-primary-school-pfa-2022-06-01-minutes",
            "245-burra-town-council-1894-12-04-minutes",
            "246-django-steering-council-2025-01-06-minutes",
            "247-ietf-masque-wg-2021-03-09-minutes");
    static final Map<String, Double> SET_19_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.97,
            "sections", 0.91, "owners", 0.62, "motions", 0.92, "kept", 0.98);
    /**
     * Set 20 (see the README): seven bodies held out with set 19, scored three times before anyone read them: first
     * date 1.00, start 1.00, attendees 0.69, sections 0.93, owners 0.72, motions 1.00 (none), kept 0.98; then
     * attendees 0.71 and sections 0.90 (two titles lost to the web-page rules of that round) after the round of sets
     * 17 and 18, the same at the start of the next session.
     */
    static final List<String> SET_20 = List.of("251-readium-foundation-board-2020-07-07-minutes",
            "252-osgeo-uk-agm-2022-10-11-minutes",
            "253-openafs-foundation-board-2017-11-15-minutes",
            "254-nodejs-community-committee-2018-03-08-minutes",
            "255-rse-aunz-steering-committee-2020-05-26-minutes",
            "256-world-cube-association-board-2018-01-16-minutes",
            "257-five-am-new-day-al-anon-family-group-2022-03-31-minutes");
    static final Map<String, Double> SET_20_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.95,
            "sections", 0.94, "owners", 0.97, "motions", 0.99, "kept", 0.98);
    /**
     * Set 21 (see the README): seven bodies held out while sets 19 and 20 were read, scored three times before anyone
     * read them, the same each time: date 0.71, start 0.67, attendees 0.55, sections 0.58, owners 0.00, motions 0.00,
     * kept 1.00. The floors are what the round of rules written from sets 21 and 22 measured.
     */
    static final List<String> SET_21 = List.of("261-stoke-ferry-village-hall-agm-2018-11-14-minutes",
            "262-womans-literary-club-of-baltimore-board-of-management-1891-12-08-minutes",
            "263-cooper-union-hss-faculty-2013-02-19-minutes",
            "264-cooper-union-art-student-council-2013-04-15-minutes",
            "265-burra-soldiers-aid-society-agm-1921-09-22-minutes",
            "266-burra-rifle-club-agm-1941-07-12-minutes",
            "267-tei-consortium-board-2001-11-17-minutes");
    static final Map<String, Double> SET_21_FLOORS = Map.of("date", 0.85, "start", 0.99, "attendees", 0.83,
            "sections", 0.92, "owners", 0.11, "motions", 0.99, "kept", 0.99);
    /**
     * Set 22 (see the README): seven bodies held out with set 21, scored three times before anyone read them: first
     * date 1.00, start 0.67, attendees 0.75, sections 0.83, owners 0.64, motions 0.50, kept 0.99 (271 32 of 35 lines),
     * then the same but 271's kept 35 of 35 after the round of sets 19 and 20, and at the start of the next session.
     * The floors are what the round of rules written from sets 21 and 22 measured.
     */
    static final List<String> SET_22 = List.of("271-no2id-agm-2004-10-09-minutes",
            "272-stoke-ferry-residents-association-committee-2006-11-01-minutes",
            "273-american-polypay-sheep-association-directors-2021-01-21-minutes",
            "274-apache-software-foundation-board-1999-07-13-minutes",
            "275-python-software-foundation-board-2005-07-12-minutes",
            "276-wereham-parish-council-annual-2008-05-13-minutes",
            "277-southampton-robotics-outreach-agm-2019-03-25-minutes");
    static final Map<String, Double> SET_22_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.92,
            "sections", 0.98, "owners", 0.95, "motions", 0.91, "kept", 0.99);
    /**
     * Set 23 (see the README): seven bodies held out while sets 21 and 22 were read, scored three times before anyone
     * read them, the same each time: date 1.00, start 0.33, attendees 0.45, sections 0.49, owners 0.42, motions 0.40,
     * kept 0.99 (368 of 372 lines).
     */
    static final List<String> SET_23 = List.of("281-fair-oaks-water-district-board-2018-04-09-minutes",
            "282-emigration-canyon-metro-township-council-2019-06-19-minutes",
            "283-isaac-and-celia-sklar-family-group-1939-05-14-minutes",
            "284-burra-institute-committee-annual-1891-01-20-minutes",
            "285-grin-governance-meeting-2019-12-17-minutes",
            "286-school-district-no-2-south-kortright-district-meeting-1828-04-08-minutes",
            "287-jupyter-community-committee-2026-01-21-minutes");
    static final Map<String, Double> SET_23_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.85,
            "sections", 0.93, "owners", 0.89, "motions", 0.99, "kept", 0.98);
    /**
     * Set 24 (see the README): seven bodies held out with set 23, scored three times before anyone read them, the same
     * each time: date 0.86, start 1.00, attendees 0.72, sections 0.73, owners 0.60, motions 1.00 (none with a mover),
     * kept 1.00 (440 of 441 lines).
     */
    static final List<String> SET_24 = List.of("291-indian-python-software-society-agm-2010-09-26-minutes",
            "292-kanthaus-governance-meeting-2018-07-31-minutes",
            "293-redbrick-dcu-committee-2024-10-22-minutes",
            "294-naacl-board-2009-05-31-minutes",
            "295-pwsdc-club-meeting-2024-05-13-minutes",
            "296-taunton-festival-of-the-arts-agm-2014-03-26-minutes",
            "297-dcmi-usage-board-2005-09-09-minutes");
    static final Map<String, Double> SET_24_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.92,
            "sections", 0.89, "owners", 0.90, "motions", 0.99, "kept", 0.99);
    /**
     * Set 25 (see the README): seven bodies held out while sets 23 and 24 were read, scored three times before anyone
     * read them: date 1.00, start 1.00, attendees 0.37, sections 0.59, owners 0.68, motions 1.00, kept 0.98 (399 of
     * 408 lines), then attendees 0.38 (306's 1 of 4) after the round of sets 23 and 24, the same at the third score.
     * The floors are the third score.
     */
    static final List<String> SET_25 = List.of("301-west-dereham-parish-council-2017-06-01-minutes",
            "302-burra-primary-school-council-agm-1973-04-10-minutes",
            "303-idpf-epub-working-group-2010-08-25-minutes",
            "304-panosc-project-management-committee-2018-12-19-minutes",
            "305-opendreamkit-steering-committee-2017-04-24-minutes",
            "306-nealt-business-meeting-2006-10-28-minutes",
            "307-cappamore-kilmallock-municipal-district-annual-2023-06-22-minutes");
    static final Map<String, Double> SET_25_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.86,
            "sections", 0.85, "owners", 0.74, "motions", 0.99, "kept", 0.98);
    /**
     * Set 26 (see the README): four bodies held out with set 25, scored three times before anyone read them, the same
     * each time: date 1.00, start 0.50, attendees 0.91, sections 0.89, owners 0.58, motions 0.00 (both movers missed),
     * kept 0.95 (304 of 320 lines). The floors are that score.
     */
    static final List<String> SET_26 = List.of("311-icsf-picocon-sub-committee-2011-01-27-minutes",
            "312-confidential-computing-consortium-tac-2023-05-04-minutes",
            "313-unhm-programming-club-2021-04-17-minutes",
            "314-jmmp-go-model-development-2025-11-20-minutes");
    static final Map<String, Double> SET_26_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.99,
            "sections", 0.90, "owners", 0.96, "motions", 0.99, "kept", 0.95);
    /**
     * Set 27 (see the README): seven bodies held out while sets 23 to 26 were read, scored before anyone read them at
     * the start of three sessions and after each round of rules written from other sets, the same each time: date
     * 1.00, start 0.67, attendees 0.38, sections 0.55, owners 0.43, motions 0.44, kept 0.95 (272 of 285 lines). The
     * floors are the third score.
     */
    static final List<String> SET_27 = List.of("321-university-of-virginia-board-of-visitors-1826-12-05-minutes",
            "322-mcminn-county-amateur-radio-club-2025-11-12-minutes",
            "323-raku-steering-council-2022-04-02-minutes",
            "324-salt-lake-county-municipal-building-authority-2021-07-20-minutes",
            "325-igbo-association-donegal-2022-02-13-minutes",
            "326-casula-public-school-p-and-c-association-2014-03-04-minutes",
            "327-st-andrews-church-kyrenia-church-council-2022-05-04-minutes");
    static final Map<String, Double> SET_27_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.84,
            "sections", 0.81, "owners", 0.71, "motions", 0.88, "kept", 0.95);
    /**
     * Set 28 (see the README): seven bodies held out with set 27, scored the same way: date 1.00, start 0.80,
     * attendees 0.48, sections 0.47, owners 0.67, motions 0.00 (both movers missed), kept 0.76 (474 of 622 lines),
     * then attendees 0.50 (332's 2 of 11) and sections 0.49 (334's 6 of 6) after rules written from other sets. The
     * floors are the third score.
     */
    static final List<String> SET_28 = List.of("331-csua-uc-berkeley-general-meeting-2012-04-27-minutes",
            "332-sacramento-metropolitan-fire-district-board-2022-04-28-minutes",
            "333-cswp-sierra-club-population-committee-2012-05-10-minutes",
            "334-hackspace-manchester-board-2024-10-07-minutes",
            "335-iact-dl3-open-data-formats-telcon-2016-09-06-minutes",
            "336-lewiston-auburn-community-forestry-board-2015-05-21-minutes",
            "337-jntua-college-of-engineering-ananthapuramu-governing-body-2018-03-31-minutes");
    static final Map<String, Double> SET_28_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.97,
            "sections", 0.78, "owners", 0.96, "motions", 0.99, "kept", 0.77);
    /**
     * Set 29 (see the README): seven bodies held out while sets 25 to 28 were read, scored before anyone read them at
     * the start of three sessions and after each round of rules written from other sets, the same each time: date
     * 1.00, start 0.33, attendees 0.19, sections 0.97, owners 0.57, motions 0.75, kept 0.95 (378 of 396 lines). The
     * floors are the third score.
     */
    static final List<String> SET_29 = List.of("341-boughton-parish-council-agm-2013-05-03-minutes",
            "342-open-bioinformatics-foundation-board-2009-12-14-minutes",
            "343-itu-t-fg-tida-preparation-meeting-2026-09-02-minutes",
            "344-public-lab-staff-call-2011-12-19-minutes",
            "345-bitcoin-foundation-education-committee-2014-07-15-minutes",
            "346-agldwg-plenary-2022-12-08-minutes",
            "347-ubc-soaring-club-2024-04-10-minutes");
    static final Map<String, Double> SET_29_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.83,
            "sections", 0.96, "owners", 0.69, "motions", 0.75, "kept", 0.95);
    /**
     * Set 30 (see the README): seven bodies held out with set 29, scored the same way: date 0.83, start 0.86,
     * attendees 0.72, sections 0.71, owners 0.46, motions 0.80, kept 0.99 (220 of 222 lines), then sections 0.80
     * (353's 12 of 14) after the numbered-paragraph rule written from other sets. The floors are the third score.
     */
    static final List<String> SET_30 = List.of("351-lac-notre-dame-and-usher-lake-association-agm-2020-08-22-minutes",
            "352-sacramento-county-committee-on-school-district-organization-2021-11-16-minutes",
            "353-east-kootenay-amateur-radio-club-2019-02-09-minutes",
            "354-helman-elementary-school-pta-2014-10-14-minutes",
            "355-descanso-garden-club-2012-04-12-minutes",
            "356-plymouth-historical-society-2017-08-12-minutes",
            "357-irtf-idrng-side-meeting-2026-03-18-minutes");
    static final Map<String, Double> SET_30_FLOORS = Map.of("date", 0.83, "start", 0.85, "attendees", 0.96,
            "sections", 0.89, "owners", 0.61, "motions", 0.95, "kept", 0.99);
    /**
     * Set 31 (see the README): seven bodies held out while sets 27 to 30 were read, scored before anyone read them at
     * the start of three sessions and after each round of rules written from other sets: date 0.43, start 0.75,
     * attendees 0.51, sections 0.62, owners 0.53, motions 0.56, kept 0.95 (412 of 434 lines), then sections 0.79
     * (361's 13 of 15) after rules written from other sets. The floors are the third score.
     */
    static final List<String> SET_31 = List.of("361-stoke-ferry-parish-council-2013-07-10-minutes",
            "362-pnw-quizzing-executive-board-2020-07-25-minutes",
            "363-acthpa-club-meeting-2019-08-06-minutes",
            "364-rathkeale-area-committee-2014-05-01-minutes",
            "365-rolling-woods-property-owners-association-annual-2022-05-15-minutes",
            "366-broseley-camera-club-2019-07-29-minutes",
            "367-nemoarc-2016-11-12-minutes");
    static final Map<String, Double> SET_31_FLOORS = Map.of("date", 0.71, "start", 0.75, "attendees", 0.50,
            "sections", 0.79, "owners", 0.64, "motions", 0.55, "kept", 0.94);
    /**
     * Set 32 (see the README): seven bodies held out with set 31, scored the same way, the same each time: date 0.86,
     * start 0.75, attendees 0.65, sections 0.85, owners 0.10, motions 0.00, kept 0.91 (292 of 321 lines). The floors
     * are the third score.
     */
    static final List<String> SET_32 = List.of("371-isu-ams-student-chapter-2008-12-02-minutes",
            "372-iso-tc154-cat-2018-09-19-minutes",
            "373-caa-sig-ssla-2021-01-05-minutes",
            "374-maritime-robotics-student-society-committee-2015-05-11-minutes",
            "375-firedrake-project-meeting-2020-04-07-minutes",
            "376-oemr-board-of-directors-2017-08-09-minutes",
            "377-dfo-groundfish-mp-framework-technical-working-group-2020-01-24-minutes");
    static final Map<String, Double> SET_32_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.94,
            "sections", 0.88, "owners", 0.66, "motions", 0.00, "kept", 0.93);
    /**
     * Set 33 (see the README): seven bodies held out while sets 29 to 32 were read, scored before anyone read them at
     * the start of two sessions, after each of two rounds of rules written from other sets and at collection: date
     * 0.86, start 0.60, attendees 0.47, sections 0.41, owners 0.47, motions 0.30, kept 0.90 (1,048 of 1,169 lines),
     * then attendees 0.50 (381's 5 of 10) after rules written from other sets. The floors are the third score.
     */
    static final List<String> SET_33 = List.of("381-santa-ana-city-council-2024-03-05-minutes",
            "382-nipissing-township-council-2018-06-05-minutes",
            "383-pisoc-university-of-bradford-exec-2020-10-01-minutes",
            "384-comssa-special-general-meeting-2015-04-29-minutes",
            "385-davenport-group-docbook-1995-11-13-minutes",
            "386-lower-barriers-membership-meeting-2021-04-27-minutes",
            "387-eclipse-foundation-board-2011-12-14-minutes");
    static final Map<String, Double> SET_33_FLOORS = Map.of("date", 0.85, "start", 0.80, "attendees", 0.85,
            "sections", 0.57, "owners", 0.64, "motions", 0.99, "kept", 0.90);
    /**
     * Set 34 (see the README): seven short web pages held out with set 33, scored the same way, the same each time:
     * date 1.00, start 0.40, attendees 0.82, sections 0.14, owners 0.76, motions 0.50, kept 0.98 (81 of 83 lines). The
     * floors are the third score.
     */
    static final List<String> SET_34 = List.of("391-wylie-parks-and-recreation-advisory-board-2003-09-22-minutes",
            "392-pittsfield-library-board-of-trustees-2023-10-17-minutes",
            "393-pasco-historic-preservation-commission-2013-09-11-minutes",
            "394-east-hampton-conservation-commission-2007-11-08-minutes",
            "395-hb-pto-2021-10-14-minutes",
            "396-westleigh-agm-2007-03-08-minutes",
            "397-la-reunion-coop-meeting-2020-02-09-minutes");
    // Sections raised from 0.50 to 0.69 by topic bullets and labels; kept lowered from 0.97 to 0.96 by the same change:
    // a short topic bullet ("Treasurer Update - May Accounts") is a title and its text now, every word still in order in
    // the two fields, but the score's word triples across the dash are gone.
    static final Map<String, Double> SET_34_FLOORS = Map.of("date", 0.99, "start", 0.80, "attendees", 0.88,
            "sections", 0.71, "owners", 0.76, "motions", 0.90, "kept", 0.96);
    /**
     * Set 35 (see the README): seven bodies held out while sets 33 and 34 were read, scored before anyone read them at
     * collection, at the start of two sessions and after each of two rounds of rules written from other sets, the same
     * each time: date 1.00, start 0.67, attendees 0.78, sections 0.65, owners 0.50, motions 0.33, kept 0.95 (297 of 313
     * lines). The floors are the third score.
     */
    static final List<String> SET_35 = List.of("401-retrosheet-board-2021-06-12-minutes",
            "402-ietf-pce-working-group-2018-11-05-minutes",
            "403-stoke-ferry-feed-mill-village-liaison-2012-04-18-minutes",
            "404-los-rios-community-college-district-board-of-trustees-2020-03-17-minutes",
            "405-metropolitan-district-of-limerick-annual-2014-06-16-minutes",
            "406-fayette-township-board-of-supervisors-2025-03-12-minutes",
            "407-colwich-hso-2022-11-15-minutes");
    static final Map<String, Double> SET_35_FLOORS = Map.of("date", 0.99, "start", 0.66, "attendees", 0.83,
            "sections", 0.64, "owners", 0.50, "motions", 0.45, "kept", 0.94);
    /**
     * Set 36 (see the README): six bodies held out with set 35, scored the same way, the same each time: date 1.00,
     * start 1.00, attendees 0.81, sections 0.88, owners 0.71, motions 1.00, kept 0.99 (164 of 165 lines). The floors are
     * the third score.
     */
    static final List<String> SET_36 = List.of(
            "411-clifton-without-and-rawcliffe-allotments-association-committee-2023-04-25-minutes",
            "412-bishop-auckland-bridge-club-agm-2015-03-05-minutes",
            "413-civic-tech-montreal-organizing-team-2026-05-20-minutes",
            "414-cog-uk-dipi-working-group-2021-01-27-minutes",
            "415-common-and-recent-bogey-golf-club-annual-2026-05-25-minutes",
            "416-olympic-ridge-hoa-board-working-session-2025-11-30-minutes");
    static final Map<String, Double> SET_36_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.80,
            "sections", 0.89, "owners", 0.82, "motions", 0.99, "kept", 0.99);
    /**
     * Set 37 (see the README): seven bodies held out while sets 35 and 36 were read, scored before anyone read them at
     * collection, after a round of rules written from other sets, at the start of two sessions and after a second
     * round, the same each time: date 1.00, start 1.00, attendees 0.53, sections 0.70, owners 0.40, motions 1.00, kept
     * 0.97 (388 of 398 lines). The floors are the third score.
     */
    static final List<String> SET_37 = List.of("421-london-civic-works-committee-2012-03-05-minutes",
            "422-hawkesbury-upton-hall-committee-2008-03-10-minutes",
            "423-saphra-residents-association-2011-11-14-minutes",
            "424-san-juan-suburban-water-district-financing-corporation-annual-2018-12-12-minutes",
            "425-ashefield-residents-association-agm-2009-07-02-minutes",
            "426-burra-burra-show-society-agm-1954-03-09-minutes",
            "427-wasatch-front-regional-council-2016-08-25-minutes");
    // Raised after the round that followed the move (rosters as tables, topic bullets, owners in brackets and initials).
    static final Map<String, Double> SET_37_FLOORS = Map.of("date", 0.99, "start", 0.99, "attendees", 0.65,
            "sections", 0.88, "owners", 0.66, "motions", 0.99, "kept", 0.97);
    /**
     * Set 38 (see the README): seven bodies held out with set 37 and scored the same way: date 0.71 at collection, 0.86
     * from the first round on (one more date read), and otherwise the same each time: start 1.00,
     * attendees 0.73, sections 0.69, owners 0.35, motions 1.00, kept 1.00 (140 of 140 lines). The floors are the third
     * score.
     */
    static final List<String> SET_38 = List.of("431-ua-ny-intergroup-2018-03-12-minutes",
            "432-woodmont-civic-association-board-2023-07-12-minutes",
            "433-penn-state-wilkes-barre-faculty-senate-2018-04-24-minutes",
            "434-cvpia-science-integration-team-2018-05-09-minutes",
            "435-workforce-of-the-future-team-2023-05-03-minutes",
            "436-st-johns-church-council-2022-05-10-minutes",
            "437-philly-community-wireless-2020-05-06-minutes");
    // Raised after the round that followed the move; kept lowered from 0.99 to 0.98 as set 34's was (two short topic
    // bullets, "Membership - Nothing new to report", a title and its text now).
    static final Map<String, Double> SET_38_FLOORS = Map.of("date", 0.85, "start", 0.99, "attendees", 0.77,
            "sections", 0.77, "owners", 0.64, "motions", 0.99, "kept", 0.98);
    /**
     * Set 39 (see the README): six bodies held out while sets 37 and 38 were read, scored before anyone read them at
     * collection, at the start of two sessions and after a round of rules written from other sets, the same each time:
     * date 1.00, start 0.50, attendees 0.68, sections 0.64, owners 0.36, motions 0.00 (none of 14 movers), kept 1.00
     * (101 of 101 lines). The floors were the third score, raised to what the set scores after the round of the
     * session that first read it (start 0.75, attendees 1.00, sections 0.87, owners 0.54, motions 1.00).
     */
    static final List<String> SET_39 = List.of("441-bangpypers-2009-05-17-minutes",
            "442-humbug-executive-2011-06-25-minutes",
            "443-crayford-manor-house-astronomical-society-agm-2018-11-01-minutes",
            "444-melbourne-aws-user-group-agm-2022-04-27-minutes",
            "445-rmit-csit-programming-club-2016-07-25-minutes",
            "446-hsbne-members-meeting-2011-06-28-minutes");
    static final Map<String, Double> SET_39_FLOORS = Map.of("date", 0.99, "start", 0.75, "attendees", 0.99,
            "sections", 0.87, "owners", 0.54, "motions", 0.99, "kept", 0.99);
    /**
     * Set 40 (see the README): seven bodies held out with set 39 and scored the same way, the same each time: date
     * 1.00, start 0.75, attendees 0.78, sections 0.73, owners 0.42, motions 1.00, kept 0.84 (160 of 190 lines). The
     * floors were the third score, raised after the round that read it (attendees 0.81, sections 0.77, owners 0.91).
     */
    static final List<String> SET_40 = List.of("451-salt-lake-county-redevelopment-agency-2020-02-11-minutes",
            "452-iit-madras-student-affairs-council-2012-01-30-minutes",
            "453-london-corporate-services-committee-2019-01-21-minutes",
            "454-emigration-canyon-board-of-canvassers-2019-11-19-minutes",
            "455-pukerua-bay-residents-association-2019-09-11-minutes",
            "456-brown-memorial-library-trustees-2009-12-07-minutes",
            "457-yarpole-group-parish-council-extraordinary-2017-07-24-minutes");
    static final Map<String, Double> SET_40_FLOORS = Map.of("date", 0.99, "start", 0.75, "attendees", 0.81,
            "sections", 0.77, "owners", 0.91, "motions", 0.99, "kept", 0.84);
    /**
     * The totals over the three sets as measured on 2026-12-03, after set 3 was added (it was scored once before
     * being added: date 0.75, start 0.50, attendees 0.91, sections 0.82, owners 0.28, motions 0.75, kept 0.95).
     * Raised after web pages' metadata, HTML text, setext headings, ordinal headings and the short motion and start
     * forms were read, and owners kept as the minutes name them (date 1.00, start 1.00, attendees 0.94, sections 0.99,
     * owners 0.75, motions 1.00, kept 0.965); owners 0.81 after the second round of owner forms; attendees 0.94 after
     * the attendance forms of set 4 (set 4's attendees 0.49 to 0.98).
     * Raise them as the importer improves; never lower them. Start lowered once, from 1.00 to 0.91, when the start
     * became the time the minutes say the meeting was called to order rather than the notice's time under the date
     * (as minutes record it): 41's facts take the notice's bare "6:00 p.m." where six documents of other sets take the
     * call to order (101, 104, 143, 147, 61, 63), so the hand-read facts cannot all be met; unseen start 0.89 to 0.98.
     */
    static final Map<String, Double> FLOORS = Map.of("date", 1.00, "start", 0.91, "attendees", 0.95,
            "sections", 0.99, "owners", 0.83, "motions", 1.00, "kept", 0.97);

    @Test
    void scoresEveryUnseenDocumentAndHoldsTheFloors() throws Exception {
        holdsTheFloors("sets 1-3", DOCUMENTS, FLOORS);
    }

    @Test
    void scoresSetFourAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 4", SET_4, SET_4_FLOORS);
    }

    @Test
    void scoresSetFiveAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 5", SET_5, SET_5_FLOORS);
    }

    @Test
    void scoresSetSixAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 6", SET_6, SET_6_FLOORS);
    }

    @Test
    void scoresSetSevenAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 7", SET_7, SET_7_FLOORS);
    }

    @Test
    void scoresSetEightAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 8", SET_8, SET_8_FLOORS);
    }

    @Test
    void scoresSetNineAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 9", SET_9, SET_9_FLOORS);
    }

    @Test
    void scoresSetTenAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 10", SET_10, SET_10_FLOORS);
    }

    @Test
    void scoresSetElevenAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 11", SET_11, SET_11_FLOORS);
    }

    @Test
    void scoresSetTwelveAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 12", SET_12, SET_12_FLOORS);
    }

    @Test
    void scoresSetThirteenAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 13", SET_13, SET_13_FLOORS);
    }

    @Test
    void scoresSetFourteenAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 14", SET_14, SET_14_FLOORS);
    }

    @Test
    void scoresSetFifteenAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 15", SET_15, SET_15_FLOORS);
    }

    @Test
    void scoresSetSixteenAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 16", SET_16, SET_16_FLOORS);
    }

    @Test
    void scoresSetSeventeenAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 17", SET_17, SET_17_FLOORS);
    }

    @Test
    void scoresSetEighteenAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 18", SET_18, SET_18_FLOORS);
    }

    @Test
    void scoresSetNineteenAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 19", SET_19, SET_19_FLOORS);
    }

    @Test
    void scoresSetTwentyAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 20", SET_20, SET_20_FLOORS);
    }

    @Test
    void scoresSetTwentyOneAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 21", SET_21, SET_21_FLOORS);
    }

    @Test
    void scoresSetTwentyTwoAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 22", SET_22, SET_22_FLOORS);
    }

    @Test
    void scoresSetTwentyThreeAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 23", SET_23, SET_23_FLOORS);
    }

    @Test
    void scoresSetTwentyFourAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 24", SET_24, SET_24_FLOORS);
    }

    @Test
    void scoresSetTwentyFiveAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 25", SET_25, SET_25_FLOORS);
    }

    @Test
    void scoresSetTwentySixAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 26", SET_26, SET_26_FLOORS);
    }

    @Test
    void scoresSetTwentySevenAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 27", SET_27, SET_27_FLOORS);
    }

    @Test
    void scoresSetTwentyEightAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 28", SET_28, SET_28_FLOORS);
    }

    @Test
    void scoresSetTwentyNineAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 29", SET_29, SET_29_FLOORS);
    }

    @Test
    void scoresSetThirtyAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 30", SET_30, SET_30_FLOORS);
    }

    @Test
    void scoresSetThirtyOneAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 31", SET_31, SET_31_FLOORS);
    }

    @Test
    void scoresSetThirtyTwoAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 32", SET_32, SET_32_FLOORS);
    }

    @Test
    void scoresSetThirtyThreeAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 33", SET_33, SET_33_FLOORS);
    }

    @Test
    void scoresSetThirtyFourAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 34", SET_34, SET_34_FLOORS);
    }

    @Test
    void scoresSetThirtyFiveAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 35", SET_35, SET_35_FLOORS);
    }

    @Test
    void scoresSetThirtySixAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 36", SET_36, SET_36_FLOORS);
    }

    @Test
    void scoresSetThirtySevenAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 37", SET_37, SET_37_FLOORS);
    }

    @Test
    void scoresSetThirtyEightAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 38", SET_38, SET_38_FLOORS);
    }

    @Test
    void scoresSetThirtyNineAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 39", SET_39, SET_39_FLOORS);
    }

    @Test
    void scoresSetFortyAndHoldsItsFloors() throws Exception {
        holdsTheFloors("set 40", SET_40, SET_40_FLOORS);
    }

    private static void holdsTheFloors(String set, List<String> documents, Map<String, Double> floors)
            throws Exception {
        Path out = Path.of("target", "unseen-imports");
        Files.createDirectories(out);
        Map<String, int[]> totals = new LinkedHashMap<>();
        StrictScore.FIGURES.forEach(k -> totals.put(k, new int[2]));
        StringBuilder report = new StringBuilder("\nStrict import score on minutes measured before they were seen, "
                + set + "\n");
        List<String> unchecked = new ArrayList<>();
        for (String name : documents) {
            Path source = out.resolve(name + ".txt");
            Files.write(source, resource(name + ".txt"));
            Map<String, Object> json = new Yaml().load(new String(resource(name + ".json"), StandardCharsets.UTF_8));
            String yaml = SampleAccuracyTest.importedYaml(source);
            Path written = out.resolve(name + ".yaml");
            Files.writeString(written, yaml);
            CheckReport check = Checker.check(written);
            if (check.errors() > 0) {
                unchecked.add(name + ": " + check.problems());
            }
            @SuppressWarnings("unchecked")
            StrictScore.Result r = StrictScore.score((Map<String, Object>) json.get("ground_truth"),
                    new String(resource(name + ".txt"), StandardCharsets.UTF_8), yaml);
            assertThat(r.failed()).as(name).isFalse();
            r.figures().forEach((k, v) -> {
                totals.get(k)[0] += v[0];
                totals.get(k)[1] += v[1];
            });
            report.append(name, 0, Math.min(40, name.length())).append(' ').append(r.line()).append('\n');
        }
        report.append(StrictScore.summary(totals, 0)).append('\n');
        System.out.println(report);
        assertThat(unchecked).as("imports that clerk check rejects").isEmpty();
        List<String> missed = new ArrayList<>();
        floors.forEach((figure, floor) -> {
            double r = StrictScore.ratio(totals.get(figure));
            if (r < floor) {
                missed.add(String.format(Locale.ROOT, "%s %.3f < %.2f", figure, r, floor));
            }
        });
        assertThat(missed).as(report.toString()).isEmpty();
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = UnseenAccuracyTest.class.getResourceAsStream("/unseen/" + name)) {
            assertThat(in).as("test resource unseen/" + name).isNotNull();
            return in.readAllBytes();
        }
    }
}
