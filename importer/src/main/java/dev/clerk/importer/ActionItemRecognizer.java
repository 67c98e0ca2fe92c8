package dev.clerk.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds action items in sentences: "Minouche will contact ...", "Carol and Minouche will discuss ...",
 * "If the policy is not passed by July 1st the group will organize ...", "The group was asked to email ...",
 * "Open standards team to produce ...", "Cuellar told the Board that she would continue to ...",
 * "It was agreed that Pankey and Pavlik would take ...", "Action: task (owner)", and "Owner: task" list lines.
 * Owners are returned as written; matching them to people is the caller's business.
 */
final class ActionItemRecognizer {
    private static final String WORD = "\\p{Lu}[\\p{L}'’.\\-/]*";
    /** "the Acme, Globex and Initech representatives": organisations named, then the word for those sent by them. */
    private static final String REPRESENTATIVES = "(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}&-]*(?:\\s*,\\s*(?:and\\s+)?\\p{Lu}[\\p{L}&-]*)*"
            + "(?:\\s*,?\\s+and\\s+\\p{Lu}[\\p{L}&-]*)?)\\s+(?i:representatives|reps|delegates|delegations)";
    /** "Seth KC0ODE", "Jay WS0Y": radio clubs write each member's call sign after the name. */
    private static final String CALL_SIGN = "(?:\\s+" + NameIndex.CALL_SIGN + ")";
    /** "@zcbenz", "@ruy.adorno": a person by the user name a project's minutes write for them. */
    private static final String HANDLE = "@[\\w.-]{2,39}(?<![.-])";
    private static final String NAME = "(?:" + HANDLE + "|" + WORD + "(?:\\s+(?:" + WORD + "|de|van|von|der|da|del|la|le))*" + CALL_SIGN + "?)";
    private static final String NAMES = NAME + "(?:\\s*,\\s*(?:and\\s+|&\\s+)?" + NAME + ")*(?:\\s*,?\\s+(?:and|&|or)\\s+" + NAME + ")?";
    /** "The TSC", "the PTA": a body by its initials, with the article that says it is one; not a meeting or a document. */
    private static final String THE_INITIALS = "[Tt]he\\s+(?!(?:AGM|EGM|SGM|AOB|MOU|RFP|RFC|PR|API|FAQ|PDF|URL|CSV|DNS|VM|CI|UI"
            + "|UX|QA|NDA|SLA|KPI|ROI|AI|IT|UK|US|USA|EU|UN)(?![\\p{L}&]))\\p{Lu}{2,6}(?![\\p{L}&'’\\d-])";
    private static final Pattern THE_INITIALS_ONLY = Pattern.compile(THE_INITIALS);
    private static final String COLLECTIVE = "(?i:(?:the\\s+)?(?:whole\\s+)?(?:group members|group|committee members|committee"
            + "|board members|board|council|staff|members|subcommittee|task force|taskforce|everyone|everybody|all members"
            // "the editors", "attendees": those who hold a part in the meeting's work, named by it.
            + "|editors|attendees))"
            // "the authors" (of the paper the meeting reviews), "the organisers" (of its event): with the article that
            // says which; "Authors should ..." alone speaks of any author.
            + "|(?i:the\\s+(?:authors|organi[sz]ers|presenters))"
            + "|(?:[Tt]he\\s+|All\\s+|all\\s+)?(?:[\\p{L}-]+\\s+){0,4}(?i:teams?|working groups?|staff)"
            + "|(?:All\\s+|all\\s+|[Tt]he\\s+)?\\p{Lu}{2,6}\\s+(?i:members|staff|chairs?|officers|leaders|leads|coordinators)"
            // "The TSC", "the PTA": a body by its initials, with the article that says it is one; not a meeting or a
            // document ("the AGM", "the MoU").
            + "|(?-i:" + THE_INITIALS + ")"
            // "Interested members", "All participants", "Remaining volunteers": a part of the meeting picked out by a word.
            + "|(?:All|Interested|Other|Remaining|Voting|Participating|New|Existing|Core|Current|Relevant|Willing|Available)"
            + "\\s+(?i:members|participants|attendees|volunteers|maintainers|contributors|reviewers|officers|directors|trustees)"
            // "Owners of the requirements", "Chairs of each subcommittee": people named by what they hold.
            + "|(?:[Tt]he\\s+)?(?:Owners|Authors|Chairs|Leads|Editors|Maintainers|Sponsors|Champions|Members)\\s+of\\s+"
            + "(?:the\\s+|each\\s+|all\\s+|their\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?"
            // "The Landscape Committee", "the Finance Sub-committee": a body of this one named in capitals; not a city's or state's.
            + "|(?:[Tt]he\\s+)?(?!(?:City|County|State|Federal|National|Town|Borough)\\b)(?:\\p{Lu}[\\p{L}&'’-]*\\s+){1,3}"
            + "(?:[Cc]ommittee|Sub-?[Cc]ommittee|Working Group|Working Party|Task Force|[Tt]ask[Ff]orce|Team|Panel)(?:\\s+members)?"
            // "The Acme, Globex and Initech representatives": the members who speak for the organisations they name.
            + "|" + REPRESENTATIVES
            // "M&O", "P&R Committee": a body by its initials joined with "&"; not "Q&A", which is a part of a meeting.
            + "|(?!Q&A\\b)\\p{Lu}{1,3}&\\p{Lu}{1,3}(?:\\s+(?:Committee|Sub-?[Cc]ommittee|Team))?";
    /** An officer named by office: "the Clerk", "Our Chair", "Treasurer" (parish and society minutes). */
    private static final String OFFICER = "(?:[Tt]he\\s+|[Oo]ur\\s+)?(?:(?:Town|Parish|City|County|Borough|Village|District|Deputy"
            + "|Assistant|Acting|Interim|Locum"
            // "the Company Secretary", "the Hon. Treasurer", "the Membership Secretary", "the Club Captain": the officers
            // of companies, clubs, societies and charities, named by their posts.
            + "|Company|Club|Society|Association|Charity|Honorary|Hon\\.|General|Membership|Recording|Corresponding|Social"
            + "|Fixtures|Events|Publicity|Programmes?|Minutes|Team)\\s+){0,2}(?:Clerk|Chair(?:man|woman|person)?"
            // "clerk to write", "the chairman is to ask": the four officers of a council or society, written in lower case.
            + "|clerk|chair(?:man|woman|person)?|secretary|treasurer"
            + "|Vice[- ]Chair(?:man|woman|person)?|Secretary|Treasurer|President|Vice[- ]President|Mayor|Deputy Mayor"
            + "|Proper Officer|RFO|Responsible Financial Officer|Coordinator|Convenor|Convener|Webmaster|Administrator"
            // "the Town Manager", "the Executive Director", "the Finance Officer": the officers of councils and boards
            // that are staff, named by their posts.
            + "|Manager|Engineer|Attorney|Solicitor|Surveyor|Planner|Recorder|Superintendent|Headteacher|Head Teacher"
            + "|Captain|Vice[- ]Captain|Commodore|Registrar|Auditor"
            + "|(?:Welfare|Safeguarding|Press|Membership|Data Protection|Compliance|Communications|Volunteer|Development)\\s+Officer"
            + "|(?:Executive|Managing|Finance|Planning|Public Works|Parks|Operations)\\s+(?:Director|Officer|Manager)"
            + "|Chief Executive(?: Officer)?|Chief (?:Financial|Operating|Administrative) Officer|Finance Officer"
            // "The GM", "the SM", "The ED": an office by its initials, as a body's own minutes write it.
            + "|(?<=[Tt]he\\s)(?:CEO|CFO|COO|CTO|CIO|ED|GM|SM|PM|EA))"
            + "(?=\\s)";
    private static final String SUBJECT = "(?<subj>" + OFFICER + "|" + COLLECTIVE + "|" + NAMES + "\\s*,?\\s+(?:and|&)\\s+" + OFFICER
            + "|" + NAMES + ")";
    /**
     * ", Executive Engineer,", ", the County Secretary,": the post of the person just named, set off by commas between
     * the name and what that person is to do ("It was agreed that Mr. P. Vallely, Executive Engineer, would meet ...").
     */
    private static final String APPOSITION = "(?:\\s*,\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}" + OFFICER.replace("(?=\\s)", "")
            + "\\s*,)?";
    private static final String FUTURE = "(?:(?:(?:has|have)\\s+)?\\p{Ll}{3,}ly\\s+(?:agreed|volunteered|offered|undertaken|undertook|committed)"
            + "\\s+to|will|shall|should|must|needs to|need to|is to|are to|agreed to|has agreed to|have agreed to|volunteered to"
            + "|offered to|offers to|volunteers to|is going to|are going to|was going to|were going to"
            // "Takeshi going to provide the requirement": notes leave out the "is", before a verb.
            + "|going to(?=\\s+(?!(?:the|a|an|this|that|be|his|her|their|our|its|my)\\b)\\p{Ll}{2,}\\s)"
            + "|(?:was|were|is|are|has been|have been) (?:hereby )?"
            + "(?:asked|directed|instructed|authori[sz]ed|tasked|charged|mandated|empowered|delegated) to"
            + "|vowed to|pledged to|promised to|undertook to|(?:has |have )?committed to|(?:has |have )?volunteered to"
            // "Ann has offered to bake", "Bo has promised to ask": an undertaking told as given already.
            + "|(?:has|have) (?:offered|promised|undertaken|pledged) to"
            + "|(?:is|are|was|were) (?:strongly |again |also )?(?:encouraged|urged|reminded|requested) to"
            + "|(?:is|are|was|were) given the go-ahead to"
            // "Ann took an action to circulate the draft": the task the minutes record someone taking on.
            + "|(?:took|takes|has\\s+taken|have\\s+taken)\\s+(?:an|the)\\s+action(?:\\s+item)?\\s+to)";
    private static final Pattern CONDITIONAL = Pattern.compile(
            "^(?<cond>(?:If|When|Once|Unless|Until|After|Before|Should|As soon as)\\b.{1,200}?),?\\s+" + SUBJECT
                    + "\\s+" + FUTURE + "\\s+(?:also\\s+)?(?<rest>.+)$");
    /**
     * "When Martha knows the exact time, she will forward the notice", "Once Bo has the quote, he will ...": "he" or
     * "she" after a condition that names one person is that person.
     */
    private static final Pattern CONDITIONAL_PRONOUN = Pattern.compile("^(?<cond>(?:If|When|Once|After|As soon as)\\s+"
            + "(?<named>" + NAME + ")\\s+(?<between>[^,;]{1,160}?)),\\s+(?<pronoun>he|she)\\s+(?:will|would|is going to|shall)\\s+"
            + "(?:also\\s+)?(?<rest>\\p{Ll}.+)$");
    /** "If ...", "When ...": a sentence that opens with its condition. */
    private static final Pattern CONDITION_OPENS = Pattern.compile("(?:If|When|Once|Unless|Until|After|Before|Should|As soon as)\\b");
    /** "shall" or "must" after a condition: the wording of a standing rule, which gives no one a task. */
    private static final Pattern STANDING_RULE = Pattern.compile("\\b(?:shall|must)\\b");
    /**
     * "Everyone please review the draft", "All, pls send input to the list", "Ann please circulate the notes": a request
     * put to those it names, in the words of the one who chairs; not "please note" or "please find", which ask nothing
     * to be done.
     */
    private static final Pattern PLEASE = Pattern.compile("^" + SUBJECT + "\\s*,?\\s+(?i:please|pls|plz)\\s+(?<rest>(?!(?:note"
            + "|find|see|be|accept|excuse|remember|bear|let|welcome|join|enjoy|stay|hold)\\b)\\p{Ll}{2,}\\b.*)$");
    private static final Pattern PLAIN = Pattern.compile("^" + SUBJECT + APPOSITION + "\\s+(?:still\\s+|also\\s+)?" + FUTURE + "\\s+(?:also\\s+)?(?<rest>.+)$");
    /**
     * "Kim is now working on the grant", "Lee is organizing the spring fair", "Ann and Bo are putting together a
     * directory", "Jo is working with the county on the permit", "Ben said he is working on the charters": work a named
     * person has in hand, alone or with others (then by a given name), told as going on in a status report; the task is
     * theirs until done.
     */
    private static final Pattern ONGOING = Pattern.compile("^(?<subj>" + NAMES + ")\\s+(?:(?:is|are"
            // "Ben reported that he was preparing the accounts": the same, in the report of the one doing it.
            + "|(?:reported|said|noted|stated|explained|indicated|confirmed)\\s+(?:that\\s+)?(?:he|she)\\s+(?:is|was))\\s+"
            // "Todd working with his manager on the docs": notes leave out the "is" before "working on" or "with".
            + "|(?=(?:(?:now|also|still|currently)\\s+)?working\\s+(?:on|with)\\b))"
            + "(?:(?:now|also|still|currently)\\s+)?(?<verb>working\\s+on|working\\s+with|organi[sz]ing|preparing|putting\\s+together"
            + "|trying\\s+to)"
            + "\\s+(?<rest>(?!(?:it|this|that|them)\\b)[\\p{L}\\d].{3,})$");
    /**
     * "Ann reported on the hall and agreed to circulate the figures", "Bo suggested a raffle and offered to run it": one
     * named person's report or proposal, then in the same sentence what they took on, with no subject of its own; also
     * as a clause after a comma: "Bo presented a draft plan, promising to follow up when it is due".
     */
    private static final Pattern AND_UNDERTOOK = Pattern.compile("^(?<subj>" + OFFICER + "|" + NAMES + ")\\s+(?<before>\\p{Ll}+ed\\b"
            + "[^.;:?!]{0,160}?)(?:,?\\s+and\\s+(?:also\\s+|then\\s+)?(?:agreed|offered|volunteered|undertook|promised)"
            + "|,\\s+(?:promising|offering|agreeing|undertaking|volunteering))\\s+to\\s+"
            + "(?<rest>(?!(?:be|the|a|an|this|that|it|them)\\b)\\p{Ll}{2,}\\s+\\S.*)$");
    /**
     * "Ann stepped down as chair, but will serve as webmaster until the election", "Bo presented the budget and will
     * circulate it": one named person's act told, then, with no subject of its own, what they will do.
     */
    private static final Pattern AND_WILL = Pattern.compile("^(?<subj>" + OFFICER + "|" + NAMES + ")\\s+(?<before>\\p{Ll}+ed\\b"
            + "[^.;:?!]{0,160}?),?\\s+(?:and|but)\\s+(?:also\\s+|then\\s+)?(?:will|is\\s+going\\s+to)\\s+(?:also\\s+)?"
            + "(?<rest>(?!(?:be|not|have|the|a|an|this|that|it|them)\\b)\\p{Ll}{2,}\\s+\\S.*)$");
    /**
     * "Cllr. Gwynne would look into the fencing", "The Clerk would write to the auditor": an undertaking as the minutes
     * narrate it, by a person or officer named at the start; not a body's hope ("the council would welcome ...").
     */
    private static final Pattern WOULD = Pattern.compile("^(?<subj>" + OFFICER + "|" + NAMES + ")\\s+would\\s+(?:also\\s+)?"
            + "(?:again\\s+)?(?<rest>(?!(?:have|by|to|in|on|at|for|of|with|the|a|an|then|therefore|need|appear|seem|mean)\\b)"
            + "\\p{Ll}.+)$");
    /**
     * "Community space: Hannah will come back to this", "Website – Jo will update it": a topic, then the sentence. A
     * colon inside a word ("change dcterms:URI to ...", "see http://...") sets off no topic.
     */
    private static final Pattern TOPIC = Pattern.compile("^(?<topic>[^:;]{2,60}?)\\s*(?::(?=\\s)|;|\\s(?:--|[-–—]|->|=>|→)\\s)\\s*(?<rest>"
            + "\\p{Lu}.+|@.+|(?=(?i:the\\s+|our\\s+)?(?i:board|committee|council|group|team|staff|members|trustees|directors|officers"
            + "|everyone|clerk|chair|secretary|treasurer|president|coach|captain)\\s).+)$");
    /**
     * "imbalanced-learn (Guillaume will open an issue)", "Remote sprints (Nicolas will check) and ...": a sentence in
     * brackets after a topic, a name opening it; read only by the plain form "Name will ...", or the memo "Name to ..."
     * ("Room list (Mei to ask the office)").
     */
    private static final Pattern ASIDE = Pattern.compile("\\S\\s*\\((?<inner>(?=" + NAME
            + "\\s+(?:will|shall|is\\s+going\\s+to|to(?=\\s+\\p{Ll}))\\s)[^()]{8,200})\\)");
    /** "Dan: I'll schedule them", "Hadley: No, will check my email": a speaker's own undertaking in a transcript. */
    private static final Pattern FIRST_PERSON = Pattern.compile("^(?:(?:Yes|No|OK|Okay|Sure|Fine|Sounds good|Agreed|Then|So|Also)"
            + "\\b[,.!]?\\s+)?(?:[^,;:?]{1,50},\\s+|(?:(?:As\\s+)?[Ss]oon\\s+as|Once|When|After|As\\s+soon\\s+as)\\s+[^,;:?]{1,80}?\\s+(?=i\\s|I\\s|I['’]))?"
            + "(?:[Ii]\\s*(?:'ll|’ll|\\s+will|\\s+shall|\\s+need\\s+to|\\s+should"
            + "|\\s+am\\s+going\\s+to|['’]m\\s+going\\s+to)|[Ww]ill)\\s+(?:also\\s+)?(?:be\\s+(?=\\p{Ll}+ing\\b))?"
            + "(?<rest>(?!(?:be|not|never|have|see|think|probably|maybe|perhaps)\\b)\\p{Ll}.+)$");
    /** "Dan:", "Mary Lou:": the name a transcript line opens with, before what that person said. */
    private static final Pattern SPEAKER_LABEL = Pattern.compile("^(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})"
            + "\\s*:\\s+(?<said>\\S.*)$");
    /** Labels that open a line as a speaker would, but name a kind of entry. */
    private static final java.util.Set<String> NOT_SPEAKERS = java.util.Set.of("action", "actions", "motion", "decision",
            "note", "notes", "present", "absent", "apologies", "regrets", "agenda", "item", "topic", "update", "status",
            "summary", "outcome", "result", "resolved", "agreed", "minutes", "attendees", "attendance", "guests", "staff",
            "q", "a", "re", "subject", "date", "time", "location", "venue", "next", "chair", "scribe", "recorder", "owner",
            "due", "task", "discussion", "proposal", "question", "answer", "comment", "comments", "various", "all",
            "everyone", "other", "others", "members", "board", "committee", "council", "group", "team", "link", "links");
    /**
     * "Still waiting on Ann for the first draft", "In draft, waiting on examples from Bo Lee": what the meeting is waiting
     * for, and the person it is waiting on, whose task that is.
     */
    private static final Pattern WAITING_ON = Pattern.compile("^(?:[^,;:]{0,40},\\s+)?(?i:(?:still|just|now)\\s+)?"
            + "(?i:waiting)\\s+(?:on|for)\\s+(?:(?<subj>" + NAMES + ")\\s+(?:for|to)\\s+\\S.{2,}"
            + "|(?!(?:the|a|an)\\s)\\S.{2,}?\\s+from\\s+(?<from>" + NAMES + "))\\s*\\.?$");
    /**
     * "Ann has been in touch with Bo Lee, who will ask the printer", "The Clerk spoke to the Treasurer, who has agreed to
     * pay it": the person named before ", who will", whose undertaking the clause tells.
     */
    private static final Pattern WHO_WILL = Pattern.compile("(?<![\\p{L}'’])(?<subj>" + OFFICER.replace("(?=\\s)", "") + "|" + NAMES
            + ")\\s*,\\s+who\\s+(?:will|would|is\\s+going\\s+to|(?:has\\s+)?(?:agreed|offered|volunteered|promised|undertaken)\\s+to)"
            + "\\s+(?:also\\s+)?(?<rest>\\p{Ll}.+)$");
    /** ", but Todd has said he will", ", and the Clerk said she would": a comma, then one who says what they will do. */
    private static final Pattern SAID_AFTER_COMMA = Pattern.compile(",\\s+(?:(?:and|but|so)\\s+)?(?=(?:" + OFFICER + "|" + NAMES
            + ")\\s+(?:also\\s+)?(?:has\\s+)?(?:said|stated|confirmed|indicated)\\s+(?:that\\s+)?(?:he|she)\\s+(?:will|would)\\s+\\p{Ll})");
    /** ", Ann Lee to", ", Bo and Cy will": a comma, then names that open an undertaking. */
    private static final Pattern AFTER_COMMA = Pattern.compile(",\\s+(?=(?:" + OFFICER + "|" + NAMES
            + ")\\s+(?:to|will)\\s+\\p{Ll})");
    /**
     * "Ann Lee to book the hall", "clerk to write": an owner, then the task in the infinitive. Not "Clerk to the
     * Council", "Secretary to the Trust": an office's full title, after which no task follows.
     */
    private static final Pattern MEMO = Pattern.compile("^" + SUBJECT + "\\s+to\\s+(?<rest>(?!(?:the|a|an|this|that|these|those|his|her"
            + "|their|its|our|my|your)\\b)\\p{Ll}.+)$");
    /**
     * "Ann said that she would send it", "Josh has stated that once he receives it, he will keep the council informed",
     * "He said that if she gave him the number, he would look into it": what someone reported that they, or the body
     * they named, would do; a condition after "that" is kept with the task, and "He" or "She" opening the sentence is
     * the person the sentence before was about.
     */
    private static final Pattern REPORTED = Pattern.compile("^(?<main>He|She|" + NAMES + ")\\s+(?:has\\s+|had\\s+)?"
            + "(?:told|informed|said|reported|noted|explained|stated|indicated|agreed|advised|confirmed)\\b[^.;]{0,80}?\\bthat\\s+"
            + "(?:(?<cond>(?:if|once|when|as\\s+soon\\s+as)\\s[^,;]{1,120}),\\s+)?(?<subj>he|she|they|"
            + COLLECTIVE + "|" + NAMES + ")\\s+(?:would|will)\\s+(?:also\\s+)?(?<rest>.+)$");
    private static final Pattern AGREED_THAT = Pattern.compile("^It\\s+was\\s+(?:(?:agreed|decided|resolved)(?:\\s+that)?|"
            + "(?:suggested|requested|recommended|proposed)\\s+that),?\\s+" + SUBJECT + APPOSITION + "\\s+(?:(?:would|will|should|shall|must"
            + "|is to|are to)\\s+(?:also\\s+)?)?(?<rest>(?!(?:is|was|are|were|has|had|have|be|been|not|also|and|or)\\b)\\p{Ll}.+)$");
    /**
     * "We agreed that the Board will begin posting summaries", "We all decided that Ann would book the hall": minutes
     * written by the body in the first person, settling who will do what; only with the modal, so that "We agreed that
     * the Board was right" settles no task.
     */
    private static final Pattern WE_AGREED = Pattern.compile("^We\\s+(?:all\\s+|also\\s+|then\\s+)?(?:agreed|decided|resolved)"
            + "\\s+that\\s+" + SUBJECT + APPOSITION + "\\s+(?:would|will|should|shall|is\\s+to|are\\s+to)\\s+(?:also\\s+)?"
            + "(?<rest>(?!(?:be|been|not|also|and|or)\\b)\\p{Ll}.+)$");
    /**
     * "To be confirmed by Cllr Bealey at the next meeting", "To be circulated by the Clerk", "This account will be
     * administered by John", "Minutes to be circulated by the Clerk", "...; copy to be provided by Andrew Wheatly soon":
     * the owner after "by".
     */
    /**
     * "Seth moved for $300 for the Technical Committee to purchase antennas", "Motion to authorize the Treasurer to pay
     * the invoice", "Ann moved that the Clerk write to the county": a motion that puts a task to someone it names.
     */
    private static final Pattern MOVED_TASK = Pattern.compile("^(?:.*?\\b)?(?i:moved|moves|motion(?:ed)?|made\\s+a\\s+motion)\\b"
            + "[^.;]{0,100}?\\b(?:for|(?i:authori[sz]e|authori[sz]ing|direct|directing|instruct|instructing|ask|asking))\\s+"
            + SUBJECT + "\\s+to\\s+(?<rest>\\p{Ll}.+)$");
    private static final Pattern MOVED_THAT = Pattern.compile("^(?:.*?\\b)?(?i:moved|moves)\\s+that\\s+" + SUBJECT
            + "\\s+(?:should\\s+|shall\\s+)?(?<rest>\\p{Ll}+\\b.+)$");
    private static final Pattern TO_BE_DONE_BY = Pattern.compile("^(?:(?:The|This|That|These|Those|Its|Their|Our|Each|A|An|Some)"
            + "\\s+[^,;.]{1,60}?\\s+(?:will|shall|would|is\\s+to|are\\s+to|(?:is|are)(?=\\s+(?:currently\\s+|now\\s+|still\\s+)?being\\s))"
            + "(?:\\s+(?:currently|now|still))?|To|Will|Is\\s+to|Are\\s+to|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+){0,2}\\s+to)\\s+be(?:ing)?\\s+(?<task>(?:\\p{Ll}+(?:ed|en)|sent|kept|put|set|made|done|held|sought|bought|brought|read|met|led|paid|"
            + "told|won|spent|built|sold|taught|lent)\\b[^.;]{0,120}?)\\s+by\\s+(?<subj>" + OFFICER.replace("(?=\\s)", "") + "|" + NAMES + ")(?<after>\\s+(?:at|by|before"
            + "|for|in|on|with|soon|shortly|promptly)\\b[^.;]{0,80})?[.;\\s]*$");
    /** "Chair Lund asked Member Ortiz to draft ...", "... asked Ortiz if she would draft ...", "... asked him to ...". */
    private static final Pattern ASKED = Pattern.compile("^(?<main>He|She|They|" + OFFICER + "|" + COLLECTIVE + "|" + NAMES + ")\\s+(?:also\\s+)?"
            + "(?:asked|requested|tasked|directed|instructed|charged|authori[sz]ed|empowered|mandated|required|commissioned)"
            + "\\s+(?<subj>him|her|them|" + OFFICER + "|" + COLLECTIVE + "|"
            + NAMES + ")\\s+(?:to\\s+|if\\s+(?:he|she|they)\\s+(?:would|could|will|can)\\s+|whether\\s+(?:he|she|they)"
            + "\\s+(?:would|could)\\s+)(?:please\\s+)?(?<rest>\\p{Ll}.+)$");
    /**
     * "The Directors decided that the Treasurer shall open an account", "The board confirmed its decision that the
     * Clerk will write ...": a decision that charges someone, with the verb that says it is to be done.
     */
    private static final Pattern DECIDED_THAT = Pattern.compile("^(?<main>[^.;:]{2,60}?)\\s+"
            + "(?:also\\s+|then\\s+|unanimously\\s+)?(?:decided|directed|instructed|required|determined|ordered|(?:confirmed|reaffirmed"
            + "|recorded|clarified)\\s+(?:its|their|the)\\s+(?:earlier\\s+|previous\\s+)?(?:decision|resolution|instruction|direction))"
            + "\\b[^.;]{0,80}?\\bthat\\s+" + SUBJECT + "\\s+(?:should|shall|will|must|is\\s+to|are\\s+to|(?:be|is|are)\\s+(?:asked"
            + "|instructed|requested|authori[sz]ed|directed|empowered)\\s+to)\\s+(?:also\\s+)?(?<rest>\\p{Ll}.+)$");
    /** The verbs by which a body or person puts a task to someone: "directed", "instructing", "authorised". */
    private static final String DIRECTING = "(?:direct|instruct|ask|request|task|charg|requir|mandat|empower|authori[sz]|commission)"
            + "(?:ed|ing|e?d)";
    /**
     * "... by directing the Company Secretary to apply ...", "..., instructing the Treasurer to pay ...": the task put
     * to someone in the middle of a sentence, after what the body did.
     */
    private static final Pattern DIRECTS = Pattern.compile("^(?<before>.*?)\\b(?:by\\s+)?" + DIRECTING.replace("(?:ed|ing|e?d)", "ing")
            + "\\s+" + SUBJECT + "\\s+to\\s+(?:please\\s+)?(?<rest>\\p{Ll}.+)$");
    /**
     * "The Board agreed to pursue the offer and instructed the Chair to contact the host", "The council noted the letter
     * and asked the Clerk to reply": what the body did, then, after "and", the task it put to someone.
     */
    private static final Pattern AND_DIRECTED = Pattern.compile("^(?<before>.*?\\S)\\s*,?\\s+and\\s+(?:also\\s+|then\\s+)?"
            + "(?:directed|instructed|asked|requested|tasked|charged|mandated|empowered|authori[sz]ed|commissioned)\\s+" + SUBJECT
            + "\\s+to\\s+(?:please\\s+)?(?<rest>\\p{Ll}.+)$");
    /** Words before "and asked X to" that make the whole a thought or a question ("could have asked the Clerk to"). */
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:whether|if|could|might|may|would|should|not|never"
            + "|suggest\\w*|propos\\w*)\\b|n['’]t\\b");
    /** Words before "directing X to" that make it a thought or a question, not a direction given. */
    private static final Pattern NOT_DONE = Pattern.compile("(?i)\\b(?:suggest|propos|consider|discuss|debat|whether|if|could"
            + "|might|may|would|not|rather\\s+than|instead\\s+of)");
    /**
     * "The board accepted Ann's offer to host the picnic", "The Directors approved the Company Secretary's proposal to
     * publish ...": the owner of an offer, plan or proposal the meeting took up is the one who is to carry it out.
     */
    private static final Pattern TAKEN_UP = Pattern.compile("^.*?\\b(?:approved|accepted|endorsed|supported|welcomed|took\\s+up"
            + "|agreed\\s+to|agreed\\s+with|granted)\\s+(?<subj>" + OFFICER.replace("(?=\\s)", "") + "|" + NAMES + ")['’]s?\\s+"
            + "(?:kind\\s+|generous\\s+)?(?:offer|proposal|intention|plan|undertaking|commitment)\\s+to\\s+(?<rest>\\p{Ll}.+)$");
    /**
     * "The Directors directed the Company Secretary to:", "Ann will:", "the Clerk to:": a line over a list whose items
     * are each that owner's task.
     */
    private static final Pattern LEAD_IN = Pattern.compile("^(?:.*?\\b" + DIRECTING + "\\s+|.*?\\bthat\\s+)?" + SUBJECT
            + "\\s+(?:" + FUTURE + "|to)\\s*:$");
    /** "Hale asked if Chair Lund could contact the county": a request put to a person, not to the body. */
    private static final Pattern ASKED_IF = Pattern.compile("^(?<main>He|She|They|" + OFFICER + "|" + NAMES + ")\\s+(?:also\\s+)?"
            + "asked\\s+(?:if|whether)\\s+(?<subj>" + OFFICER + "|" + NAMES + ")\\s+(?:could|would|might)\\s+(?:please\\s+)?"
            + "(?<rest>\\p{Ll}.+)$");
    /** What someone is asked to do then and there: "asked him to explain", "asked Ruiz to introduce herself". */
    private static final Pattern IN_THE_MEETING = Pattern.compile("^(?:explain|clarify|introduce|elaborate|comment|speak|respond"
            + "|reply|answer|repeat|describe|expand|leave|stand|sit|step|state|say|talk|join|continue|proceed|go on"
            // "instructed attendees to turn off or silence their phones": the conduct of the meeting then and there.
            + "|(?:turn|switch)\\s+(?:off|on)|mute|unmute|silence)\\b");
    /** "Ames recommended that Lars contact the printer", "Ames and Bo suggested that the board consider ...". */
    private static final Pattern THAT_SUBJUNCTIVE = Pattern.compile("^(?<main>He|She|They|" + OFFICER + "|" + NAMES + ")\\s+"
            + "(?:also\\s+)?(?:recommended|recommends|suggested|suggests|proposed|requested|asked|urged|insisted)\\s+that\\s+"
            + SUBJECT + "\\s+(?<modal>(?:should|must|would|will)\\s+(?:also\\s+)?)?(?<rest>\\p{Ll}+\\b.*)$");
    /** "Jon encourages the board to circulate drafts", "Ames urged members to renew". */
    private static final Pattern URGED = Pattern.compile("^(?<main>He|She|They|" + OFFICER + "|" + NAMES + ")\\s+(?:also\\s+)?"
            + "(?:encourages|encouraged|urges|urged|reminded|reminds)\\s+" + SUBJECT + "\\s+to\\s+(?<rest>\\p{Ll}.+)$");
    /** "It was confirmed that Member Ortiz would present at the May meeting": a task only with the modal. */
    private static final Pattern IT_WAS_NOTED = Pattern.compile("^It\\s+was\\s+(?:also\\s+)?(?:confirmed|noted|understood|announced"
            + "|reported|acknowledged)\\s+that,?\\s+" + SUBJECT + "\\s+(?:would|will|should|must|is to|are to)\\s+(?:also\\s+)?"
            + "(?<rest>\\p{Ll}.+)$");
    /** "Kattouw said he would try to draft it": the speaker's own undertaking, reported without "that". */
    private static final Pattern SAID_WOULD = Pattern.compile("^(?<main>" + OFFICER + "|" + NAMES + ")\\s+(?:also\\s+)?(?:has\\s+)?(?:said|stated"
            + "|indicated|confirmed|added|replied|responded|agreed|noted)\\s+(?<subj>he|she)\\s+(?:would|will)\\s+(?:also\\s+)?"
            + "(?<rest>\\p{Ll}.+)$");
    /**
     * "We will have Abby do some PR for it", "..., we need to have our CTO take on the compute lab": the meeting giving
     * a task to someone it names; the task ends where the next clause of "we" begins.
     */
    private static final Pattern HAVE_DO = Pattern.compile("(?:^|,\\s+|\\s)[Ww]e(?:\\s+will|\\s+shall|\\s+would|'ll|’ll"
            + "|\\s+need\\s+to|\\s+are\\s+going\\s+to|\\s+agreed\\s+to|\\s+decided\\s+to)\\s+(?:also\\s+)?have\\s+(?<subj>[Oo]ur\\s+\\p{Lu}{2,6}"
            + "|" + OFFICER.replace("(?=\\s)", "") + "|" + NAMES + ")\\s+(?<rest>(?<verb>\\p{Ll}+)\\b.*?)(?:,?\\s+and\\s+(?:we|I|they)\\b.*)?$");
    /** Words after "have Sam" that say how Sam is, not what Sam does: "have Sam available", "have Jo here". */
    private static final Pattern NOT_A_VERB = Pattern.compile("(?i)to|a|an|the|some|any|no|more|been|had|here|there|back|on|off"
            + "|in|out|over|up|down|ready|free|away|late|early|as|at|for|with|\\p{L}+(?:able|ible|ous|ful|ive|al|ic|ent|ant|ly)");
    /** "at which time", "whereupon": the words that open what is to be done when a matter comes back. */
    static final Pattern DEFERRED_TO = Pattern.compile("at\\s+which\\s+(?:time|point)|whereupon");
    /** "... and welcomed any help": a clause in the narrator's past tense after the undertaking, not part of it. */
    private static final Pattern NARRATED_CLAUSE = Pattern.compile("\\s+and\\s+\\p{Ll}+ed\\b.*$");
    /**
     * "The audit was read and the Chairman will initial ...": a second clause, after "and", ";" or "at which time", that
     * assigns a task.
     */
    private static final Pattern CLAUSE = Pattern.compile("(?:[,;]\\s*|\\s+)(?:and|but|while|so)\\s+(?=" + SUBJECT.replace("(?<subj>", "(?:")
            + "\\s+" + FUTURE + "\\s|(?:" + OFFICER + "|" + NAMES + ")\\s+would\\s)|;\\s+(?=" + SUBJECT.replace("(?<subj>", "(?:")
            + "\\s+" + FUTURE + "\\s)"
            // "Ann will draft the letter, Bo will send it": undertakings joined by a comma, each opening with its owner.
            + "|,\\s+(?=(?:" + OFFICER + "|" + NAMES + ")\\s+(?:will|shall|is\\s+going\\s+to)\\s+\\p{Ll})"
            // "The matter was deferred to the next meeting, at which time Ann is to report": the task for that time.
            + "|,?\\s+(?:" + DEFERRED_TO.pattern() + ")\\s+(?=" + SUBJECT.replace("(?<subj>", "(?:") + "\\s+" + FUTURE
            + "\\s)");
    /** Verbs of saying: a clause after them is reported speech ("He said the report was late and the board will ..."). */
    private static final Pattern SAYING = Pattern.compile("(?i)\\b(?:said|says|told|tells|stated|explained|reported|mentioned"
            + "|believes?|believed|thinks?|thought|felt|feels|hopes?|hoped|expects?|expected)\\b");
    /**
     * "reported that the members had met", "said the members": words of saying with a clause after them, whose subject
     * may be the one who agreed; not "reported on the hall", where the speaker is the one who goes on to agree.
     */
    private static final Pattern REPORTED_CLAUSE = Pattern.compile("\\bthat\\b|" + SAYING.pattern()
            + "(?!\\s+(?:on|about|back|in\\s+detail)\\b)");
    private static final Pattern SPEAKER_WORD = Pattern.compile("^(?<name>\\p{Lu}[\\p{Ll}'’\\-]+)" + CALL_SIGN + "?\\s+(?:also\\s+|then\\s+)?"
            + "(?:said|says|asked|asks|noted|notes|mentioned|mentions|reported|reports|suggested|suggests|explained|explains"
            + "|acknowledged|acknowledges|agreed|agrees|relayed|relays|replied|replies|responded|responds|commented|comments"
            + "|pointed out|points out|thanked|thanks|moved|seconded|presented|presents|raised|raises|added|adds|stated"
            + "|wondered|argued|argues|recommended|recommends|proposed|proposes|welcomed|welcomes|summarized|summarised)\\b");
    private static final Pattern BODY_WORD = Pattern.compile("(?i)members|staff|committee|board|council|team|group|officers"
            + "|volunteers|residents|trustees|directors|chairs?");
    /** "said he would try": agreeing to what was asked just before, which is the task, not "try". */
    private static final Pattern ONLY_CONSENT = Pattern.compile("(?i)(?:try|do so|do that|do it|do this|help)\\W*");
    /**
     * "All Foo users are invited to read the documentation", "Developers are encouraged to add examples before the
     * release": a request the meeting puts to a group of its people by what they do, which the next meeting checks.
     */
    private static final String INVITED_GROUP = "(?:All\\s+(?:\\p{L}[\\p{L}-]*\\s+)?|(?:\\p{Lu}[\\p{L}-]*\\s+)?)"
            + "(?i:users|developers|contributors|maintainers|volunteers|translators|testers|packagers)"
            + "|(?:All|all)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?(?i:members|participants)";
    private static final Pattern INVITED_GROUP_ONLY = Pattern.compile(INVITED_GROUP);
    private static final Pattern GROUP_INVITED = Pattern.compile("^(?<subj>" + INVITED_GROUP + ")\\s+are\\s+(?:(?:also|again|strongly|kindly)\\s+)?"
            + "(?:invited|encouraged|asked|requested|urged)\\s+to\\s+(?<rest>\\p{Ll}.+)$");
    private static final Pattern URGING = Pattern.compile("\\b(?:encouraged|urged|reminded)\\s+to\\b");
    private static final Pattern PRONOUN = Pattern.compile("^(?<subj>He|She|They)\\s+(?:also\\s+)?(?:will|was going to|is going to"
            + "|(?:has\\s+|have\\s+)?(?:agreed|volunteered|offered|undertook|promised|pledged|vowed) to|would)\\s+(?:also\\s+)?(?<rest>.+)$");
    /**
     * "Andrew mentions an error in the filing, he says he will look into it", "Matthew brings up insurance and there is
     * agreement that he should look into it": "he" or "she" later in the sentence is the person it opens with, when no
     * other name comes between them.
     */
    private static final Pattern PRONOUN_LATER = Pattern.compile("^(?<main>" + NAME + ")\\s+(?<between>[^.;:?!]{3,160}?)(?:,\\s+|\\s+that\\s+"
            + "|\\s+and\\s+)(?:he|she)\\s+(?:(?:says|said|adds|added|notes|noted)\\s+(?:that\\s+)?(?:he|she)\\s+)?(?:will|should"
            + "|is going to)\\s+(?:also\\s+)?(?<rest>\\p{Ll}.+)$");
    private static final Pattern SUBJECT_OF = Pattern.compile("^(?<subj>" + NAMES + ")\\s+\\p{Ll}");
    /** "11i) ", "(b) ", "3. ", "4.4.9. ": the number or letter of a minute, before its first sentence. */
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\(?(?:\\d{1,3}(?:\\.\\d{1,3})*\\p{Ll}{0,6}|\\p{Ll}|\\p{Lu}"
            + "|[ivxlc]{1,6})\\)|\\d{1,3}(?:\\.\\d{1,3})*\\.)\\s*(?=\\p{Lu}|\\(?\\d{1,3}(?:\\.\\d{1,3})*\\p{Ll}{0,6}[.)])");
    private static final Pattern CONNECTOR = Pattern.compile("^(?:Then|Also|In addition|Additionally|Finally|Next|But|However"
            + "|In any case|In the meantime|Meanwhile|Therefore|As a result|Going forward|For now|Nonetheless|Nevertheless"
            + "|Moreover|Furthermore|Further|Still|Instead|Consequently|Otherwise|Accordingly|Afterwards|Later"
            // "To this, we agreed ...", "To that end, Alan will ...": a joint to the sentence before.
            + "|To this|To this end|To that end),?\\s+"
            // "Two, Maria will look for ...", "Secondly, ...": the count of things that will happen, before the one.
            + "|^(?:One|Two|Three|Four|Five|First|Second|Third|Fourth|Firstly|Secondly|Thirdly|Lastly),\\s+");
    /**
     * "be the head of the fair committee", "be responsible for the raffle", "be in charge of the bar", "be the contact for
     * the press": a charge someone takes on, in the words "will be"; not "be there" or "be happy to", which are no task.
     */
    static final String ROLE_TAKEN = "be\\s+(?:(?:the|a|our)\\s+)?(?:responsible\\s+for|in\\s+charge\\s+of|(?:head|lead|chair"
            + "|co-?ordinator|conven[eo]r|contact|point\\s+of\\s+contact|liaison)\\s+(?:of|for|on|with|to)\\b)\\s+\\S";
    private static final Pattern ROLE = Pattern.compile("^" + ROLE_TAKEN);
    private static final Pattern NOT_A_TASK = Pattern.compile("^(?:be|not|never|likely|probably|have been|been|like|love|prefer"
            + "|rather|hope|wish|appreciate|expect|think|imagine|guess|have liked"
            // "The wiki will remain the record", "The list will stay as it is": a lasting state, which no one does.
            + "|remain|stay\\s+(?:around|the\\s+same|as|unchanged|in\\s+place|open|where)"
            // "Voting will take place on the chat", "The handover will happen in May": an event, which no one does.
            + "|take\\s+place|happen|occur)\\b");
    /**
     * Verbs that open the items of a task list ("Find a recipient for the funds", "Advise the host to close the server"):
     * capitalised there, they are no one's name. Verbs that are also given names ("Mark", "Chase", "Grant") are left out.
     */
    private static final Pattern IMPERATIVE = Pattern.compile("ask|advise|tell|invite|remind|request|find|get|send|contact"
            + "|email|e-mail|write|check|arrange|update|review|prepare|circulate|confirm|organi[sz]e|book|order|obtain"
            + "|investigate|draft|schedule|post|publish|follow|discuss|consider|approve|inform|notify|seek|look|set|add|make"
            + "|create|submit|provide|research|explore|identify|reach|call|phone|ring|thank|ensure|register|renew"
            // "Use Facebook to scout for new members": a plan's item, no one named Use.
            + "|use|help|encourage|share|offer|continue");
    private static final Pattern PROGRESSIVE = Pattern.compile("^be\\s+\\p{Ll}+ing\\b(?<between>.{0,120}?)\\bto\\s+"
            + "(?<task>(?!(?:and|or|from|the|a|an)\\b)\\p{Ll}.+)$");
    /** "The board will be looking into a bus", "Ann will be contacting the printer": the future told as going on. */
    private static final Pattern GOING_ON = Pattern.compile("^be\\s+(?<task>(?<verb>\\p{Ll}{2,}ing)\\b.+)$");
    /** "... docs for us to look at", "... a room for members to use": the "to" is someone else's doing. */
    private static final Pattern FOR_SOMEONE = Pattern.compile(".*\\bfor\\s+\\S+\\s*$");
    private static final Pattern SPLIT = Pattern.compile(",?\\s+and\\s+(?:will\\s+)?also\\s+|,?\\s+and\\s+will\\s+");
    /**
     * "Order the hoses (Priya)", "Order the hoses [Priya]": the task, then its owner in brackets, round or square, as
     * action lists and "TODO:" lines write it.
     */
    private static final Pattern TRAILING_OWNER = Pattern.compile("^(?<task>.+?)\\s*(?:\\((?<owner>[^()]{2,60})\\)"
            + "|\\[(?<squared>[^\\[\\]()]{2,60})])\\s*\\.?$");
    /**
     * "Eclipse Foundation", "The Parks Department", "Acme Inc.", "Letting Company": an organisation by its name, which
     * action lists give tasks.
     */
    private static final Pattern ORGANISATION = Pattern.compile("(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}&'’.-]*\\s+){1,3}(?:Foundation"
            + "|Secretariat|Office|Board|Council|Committee|Team|Staff|Association|Society|Institute|Department|Project|Commission"
            + "|Trust|Company|Corporation|Agency|Inc\\.?|Ltd\\.?|LLC)");
    /**
     * "`ann`", "`First Year Rep`": a user name or role in a code span, as minutes kept in Markdown mark who is meant; one
     * word in any case, or up to four capitalised words. Not a command or path ("`npm test`", "`config.yml`").
     */
    private static final String CODE_NAME = "`(?:[\\p{L}][\\p{L}\\d_'’-]{0,38}|\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){1,3})`";
    private static final Pattern CODE_SPAN_NAME = Pattern.compile(CODE_NAME);
    private static final String CODE_NAMES = CODE_NAME + "(?:\\s*(?:,|/|&|\\band\\b)\\s*" + CODE_NAME + ")*";
    /** "`ann`, `bo` - book the hall", "`Treasurer`: pay the invoice": owners in code spans, then the task. */
    private static final Pattern CODE_OWNERS_FIRST = Pattern.compile("^(?<owner>" + CODE_NAMES + ")\\s*(?::|[-–—]+)\\s*(?<task>\\S.*)$");
    /** "Book the hall - `ann`", "Book the hall (`ann`, `bo`)": the task, then its owners in code spans. */
    private static final Pattern CODE_OWNERS_AFTER = Pattern.compile("^(?<task>.*?[\\p{L}\\d.!)*_`])\\s*(?:[-–—]+\\s*(?<owner>"
            + CODE_NAMES + ")|\\(\\s*(?<bracketed>" + CODE_NAMES + ")\\s*\\))\\s*[.;]?$");
    /** What a code span holds that names no one: "`none`", "`TBD`". */
    private static final Pattern NOT_A_CODE_NAME = Pattern.compile("(?i)none|nobody|tbd|tba|todo|done|wip|n/?a|yes|no|true|false"
            + "|null|ok|okay|skip");
    private static final Pattern OWNER_COLON = Pattern.compile("^(?<owner>[^:]{2,80}?)\\s*(?::|\\s[-–—]\\s)\\s*(?<task>\\S.*)$");
    private static final java.util.Set<String> NOT_SUBJECTS = java.util.Set.of("there", "it", "this", "that", "these",
            "those", "then", "the", "a", "an", "we", "you", "i", "he", "she", "they", "residents", "people", "anyone",
            "someone", "nobody", "who", "what", "which", "if", "when", "once", "motion", "action", "item", "minutes",
            "need", "needs", "discussion", "agreement", "decision", "plan", "proposal", "request", "time", "work", "note",
            "please", "remember", "ask", "try", "want", "wants", "how", "where", "why", "nothing", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "next", "today", "tomorrow", "no", "none", "one", "each",
            "every", "some", "both", "many", "several", "other", "others", "another", "our", "my", "your", "their", "his",
            // "Two steps will follow", "Three options were ...": a count, not who.
            "so", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few",
            "her", "its", "any", "going", "planning", "working", "meeting", "looking", "trying", "not",
            // "Over time, the caps ...", "For example, ...", "More concerning, ...": words that open a sentence before
            // its subject, never the one a later "she" stands for.
            "over", "for", "in", "on", "at", "by", "with", "from", "during", "since", "while", "although", "though",
            "because", "however", "more", "most", "also", "further", "furthermore", "moreover", "overall", "currently",
            "recently", "finally", "following", "regarding", "under", "after", "before", "as", "about", "despite",
            "until", "unless", "thus", "hence", "meanwhile", "additionally", "instead", "otherwise", "again", "later",
            // "Prior to the meeting, Charles ...", "Due to illness, ...", "According to Ann, ...": a word that makes a
            // preposition with the next, opening the sentence before its subject.
            "prior", "due", "according", "thanks", "owing", "pursuant", "subject", "contrary", "compared", "along",
            "together", "apart", "ahead", "upon", "within", "without", "throughout", "beyond", "given", "considering",
            "concerning", "amid", "among", "towards", "toward", "against", "between", "through", "across", "around",
            "unfortunately", "fortunately", "sadly", "hopefully", "initially", "subsequently", "previously",
            "eventually", "ultimately", "lastly", "firstly", "secondly", "thirdly", "earlier", "whereas", "whether");

    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
    private static final Pattern OFFICER_ONLY = Pattern.compile(OFFICER.replace("(?=\\s)", ""));
    private static final Pattern OFFICE_THEN_NAME = Pattern.compile("(?:" + OFFICER.replace("(?=\\s)", "")
            + ")\\s+(?<name>\\p{Lu}[\\p{Ll}'’-]+(?:-\\p{Lu}[\\p{Ll}'’-]+)?)");
    private static final Pattern COLLECTIVE_ONLY = Pattern.compile("(?i)" + COLLECTIVE);
    private static final Pattern OWNER_ONLY = Pattern.compile("(?:" + COLLECTIVE + "|" + NAMES + ")");
    private static final Pattern THE_BODY = Pattern.compile("(?i)the\\s+.*(group|committee|board|council|staff"
            + "|members|team|subcommittee|task force|taskforce|editors|authors|attendees|organi[sz]ers|presenters)");
    private static final Pattern PRONOUNS = Pattern.compile("(?i)he|she|they");
    /** The organisations and the word for those they sent, in an owner read as {@link #REPRESENTATIVES}. */
    private static final Pattern REPRESENTED = Pattern.compile("(?:[Tt]he\\s+)?(?<orgs>\\p{Lu}.*?)\\s+"
            + "(?<word>(?i:representatives|reps|delegates|delegations))");
    private static final Pattern OWNER_SPLIT = Pattern.compile("\\s*,\\s*(?:and\\s+|&\\s+|or\\s+)?|\\s+and\\s+|\\s+&\\s+|\\s+or\\s+");
    /** "[Jane] book the room": the owner in brackets before the task. */
    private static final Pattern BRACKET_OWNER = Pattern.compile("^\\[(?<owner>[^\\]\\d]{2,60})]\\s*[:\\-–—]?\\s*(?<task>\\S.*)$");
    /** The pieces of a table cell that holds a list: "<p>- A</p><p>- B</p>", "- A<br>- B". */
    private static final Pattern CELL_PIECES = Pattern.compile("\\s*(?:</?p>|<br\\s*/?>)+\\s*|\\s+(?=[-•*]\\s)");
    /** "... (Action: JS)", "... [Owner: Ann]", "... (Lead – the Clerk)": an owner mark in brackets after the minute. */
    private static final Pattern BRACKET_MARK = Pattern.compile("^(?<task>.*?)\\s*[(\\[]\\s*(?i:action(?:ed)?(?:\\s+by)?|actions|owners?"
            + "|responsible|resp\\.?|lead|who|by\\s+whom|assigned\\s+to)\\s*(?::|[-–—]|\\s)\\s*(?<owner>[^()\\[\\]:]{1,60}?)\\s*[)\\]]"
            + "\\s*[.;]?$");
    /**
     * "... repainting – Action: Clerk", "... overflowing. Owner: Kate", "Responsible: Priya": an owner mark after the
     * minute's last sentence or a dash, or on a line of its own.
     */
    private static final Pattern TRAILING_MARK = Pattern.compile("^(?:(?<task>.*?(?:[.!?;]|\\s[-–—]))\\s*)?(?i:action(?:ed)?"
            + "(?:\\s+by)?|actions|owners?|responsible|who|by\\s+whom|assigned\\s+to)\\s*(?::|\\s[-–—])\\s*"
            + "(?<owner>[^():\\[\\]]{1,60}?)\\s*\\.?$");
    /** "... during the pandemic. *ALL*", "... the Welsh Government. <em>Cllr. O. Williams</em>": the owner set apart. */
    private static final Pattern EMPHASISED_MARK = Pattern.compile("^(?<task>.*[.!?])\\s*(?:\\*{1,2}|_{1,2}|<(?:em|i|b|strong)>)"
            + "(?<owner>[^*_<>]{1,60}?)(?:\\*{1,2}|_{1,2}|</(?:em|i|b|strong)>)\\s*$");
    /** "... to the Welsh Government.\t\tCllr. O. Williams": the owner right-aligned after the minute, in a column of its own. */
    private static final Pattern COLUMN_MARK = Pattern.compile("^(?<task>.*[.!?])(?:\\t+\\s*|\\s{3,})(?<owner>[^\\t]{1,60}?)\\s*$");
    /** "Gary take pictures of the truck", "Linda and Carrie work with Rory": a duty as a list of them writes it. */
    private static final Pattern DUTY = Pattern.compile("^(?<subj>" + OFFICER.replace("(?=\\s)", "") + "|" + NAMES + ")\\s+(?<verb>\\p{Ll}+)"
            + "\\b(?<rest>.*)$");
    /** Where the next duty of a run of them begins: a comma or semicolon, then a name and a word in lower case. */
    private static final Pattern NEXT_DUTY = Pattern.compile("\\s*[;,]\\s*(?=(?:" + OFFICER.replace("(?=\\s)", "") + "|" + NAMES
            + ")\\s+\\p{Ll}+\\b)");
    /** Words that follow a name without being what that person is to do. */
    private static final Pattern NOT_A_DUTY = Pattern.compile("and|or|but|nor|with|of|from|by|to|in|on|at|for|as|the|a|an|was"
            + "|were|is|are|has|had|have|said|says|who|whose|which|that|then|also|not|present|absent|thanked");
    /**
     * "... during the pandemic. ALL", "... to the Welsh Government. Cllr. O. Williams": an owner column run into the
     * text, after the minute's last full stop; only an office, the whole meeting, initials or a titled name, never a
     * bare name, which may be a signature.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{L}{2}[.!?]|\\p{L}[.!?][\"”’)])\\s+(?=\\p{Lu})");
    /** The end of a duty whose full stop was left out, where the next sentence begins: "... position The next ...". */
    private static final Pattern LOST_STOP = Pattern.compile("(?<=\\p{Ll})\\s+(?=(?:The|This|There|It|We)\\s+\\p{Ll})");
    /** "ALL", "Everyone": the whole meeting, named as an owner by a mark. */
    private static final Pattern ALL = Pattern.compile("(?i)all|everyone|everybody|all members|all councill?ors|all present");
    /** "TSC", "HR", "IT": an acronym standing for a body or team. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    private ActionItemRecognizer() {
    }

    /**
     * An action item as written.
     *
     * @param owners the owners as the minutes name them ("Minouche", "the group"), possibly none
     * @param task   what is to be done, with its first letter capitalised
     * @param source the sentence it comes from
     * @param pronoun the pronoun the owner was read from ("she"), or null
     */
    record Found(List<String> owners, String task, String source, String pronoun) {
    }

    /** The action items a narrative sentence assigns; {@code lastSubject} resolves "he"/"she"/"they". */
    /**
     * "Ann said she'll post it", "... and that he’ll write": inside a sentence that has named the person, the "will" of
     * what they undertake. Not "He'll be doing ..." opening a sentence, whose person is another sentence's to guess.
     */
    private static final Pattern HE_LL = Pattern.compile("(?<=\\S\\s)(he|she)['’]ll\\b");

    /** "(Ann to call the vet).", "(Bo will ask.)": a whole sentence in brackets, none inside. */
    private static final Pattern ENCLOSED = Pattern.compile("^\\((?<inner>[^()]{8,300})\\)\\s*\\.?$");

    static List<Found> inSentence(String sentence, String lastSubject) {
        // "It was **agreed** that ...": emphasis marks are no words.
        String s = unnumbered(unchecked(EMPHASIS.matcher(sentence.strip()).replaceAll("")));
        // "Ann said she'll post it": the contraction reads as the "will" it stands for.
        s = HE_LL.matcher(s).replaceAll("$1 will");
        Matcher enclosed = ENCLOSED.matcher(s);
        if (enclosed.matches()) {
            // "(Ann and Bo to survey the verge.)": a sentence set in brackets after the minute reads as written inside.
            s = enclosed.group("inner").strip();
        }
        Matcher connector = CONNECTOR.matcher(s);
        if (connector.lookingAt()) {
            // "Additionally, it was agreed that ...": the sentence reads on as if it began there.
            s = capitalise(s.substring(connector.end()));
        }
        if (s.length() > 1500 || s.endsWith("?")) {
            // "Can we get teams to write down what they do?": a question gives no one a task.
            return List.of();
        }
        List<Found> whole = whole(s, sentence, lastSubject);
        if (whole.isEmpty()) {
            List<Found> after = afterTopic(s, sentence, lastSubject);
            if (!after.isEmpty()) {
                return after;
            }
        }
        Matcher aside = ASIDE.matcher(s);
        if (whole.isEmpty() && aside.find()) {
            // "imbalanced-learn (Guillaume will open an issue)": the undertaking written in brackets after its topic.
            List<Found> inner = whole(aside.group("inner").strip(), sentence, null);
            if (!inner.isEmpty()) {
                return inner;
            }
        }
        if (whole.isEmpty()) {
            // "GDAL funding, Ann Lee to follow up", "Bo can draft it, Bo and Cy will review it": the last clause after a
            // comma names its owners and their task, what comes before it is the topic or another's offer.
            Matcher comma = AFTER_COMMA.matcher(s);
            int last = -1;
            while (comma.find()) {
                last = comma.end();
            }
            Matcher said = SAID_AFTER_COMMA.matcher(s);
            while (last < 0 && said.find()) {
                last = said.end();
            }
            if (last > 0) {
                List<Found> after = whole(s.substring(last), sentence, null);
                if (!after.isEmpty()) {
                    return after;
                }
            }
        }
        int cut = clauseBreak(s);
        if (cut < 0 || !whole.isEmpty() && whole.stream().noneMatch(f -> clauseBreak(f.task()) >= 0 || shortClauseBreak(f.task()))) {
            return whole;
        }
        // "The audit was read and the Chairman will initial the statements": each clause read on its own.
        Matcher c = CLAUSE.matcher(s);
        c.find(cut);
        List<Found> out = new ArrayList<>(inSentence(s.substring(0, cut), lastSubject));
        out.addAll(inSentence(s.substring(c.end()), null));
        return out.isEmpty() ? whole : out;
    }

    /**
     * The tasks the sentence after a topic assigns ("Community space: Hannah will come back to this", "Bus transport:
     * board will look into ..."), or none. A topic may itself follow a heading's label ("Correspondence: Highways
     * survey - clerk to complete"), so the words after the first topic are read as a topic and its sentence once more.
     */
    private static List<Found> afterTopic(String s, String sentence, String lastSubject) {
        String text = s;
        for (int depth = 0; depth < 2; depth++) {
            Matcher topic = TOPIC.matcher(text);
            if (!topic.matches() || topic.group("topic").matches(".*[.!?;]\\s.*")) {
                return List.of();
            }
            String rest = topic.group("rest");
            List<Found> after = whole(capitalise(rest), sentence, lastSubject);
            if (Character.isLowerCase(rest.codePointAt(0))) {
                // The owner as written: "board", "the Captain".
                String opening = capitalise(rest.split("\\s+")[0]);
                after = after.stream().map(f -> new Found(f.owners().stream().map(o -> o.startsWith(opening)
                        ? rest.split("\\s+")[0] + o.substring(opening.length()) : o).toList(), f.task(), f.source(), f.pronoun()))
                        .toList();
            }
            if (!after.isEmpty() && depth == 0) {
                return after;
            }
            if (!after.isEmpty()) {
                String about = topic.group("topic").strip();
                // "Correspondence: Highways survey - clerk to complete": a task of a word or two after a heading's label
                // says what it is about only with its topic.
                return after.stream().map(f -> f.task().split("\\s+").length > 3 ? f
                        : new Found(f.owners(), f.task().replaceAll("[.!]+$", "") + ": " + about, f.source(), f.pronoun())).toList();
            }
            text = rest;
        }
        return List.of();
    }

    /**
     * Where a second clause that assigns a task begins ("... and the Chairman will ..."), or -1: only after a clause
     * of three words or more that is no reported speech, and not inside a list of owners ("Ann and Bo will").
     */
    private static int clauseBreak(String s) {
        Matcher c = CLAUSE.matcher(s);
        while (c.find()) {
            String left = s.substring(0, c.start()).strip();
            String[] words = left.split("\\s+");
            String last = words[words.length - 1];
            // "community members and board members should ...": one subject, not two clauses.
            // "Stuart will speak to John Quigley (Lead) and Martyn will ...", or the task "Speak to John Quigley (Lead)
            // and Martyn will ...": a clause that already has its verb is no subject.
            boolean hasVerb = left.matches(".*\\s" + FUTURE + "\\s+\\p{Ll}.*") || left.matches("^(?!(?i:the|a|an|our|their|all"
                    + "|each|both|any|some|other)\\b)\\p{L}\\p{Ll}+\\s+(?:to|with|about|from|for|on|at|in|into|up|out|the|a|an)\\s.*");
            // "... deferred to June, at which time Ann is to report": no list of owners goes on past "at which time".
            boolean joinsSubject = (Character.isUpperCase(last.codePointAt(0)) || BODY_WORD.matcher(last).matches()) && !hasVerb
                    && !DEFERRED_TO.matcher(c.group()).find();
            if (c.group().startsWith(",") && CONDITION_OPENS.matcher(left).lookingAt()) {
                // "If a member is absent, the Treasurer shall sign": the comma ends the condition, not an undertaking.
                continue;
            }
            if (words.length >= 3 && (hasVerb || left.matches(".*\\b\\p{Ll}{3,}\\b.*")) && !SAYING.matcher(left).find()
                    && !joinsSubject) {
                return c.start();
            }
        }
        return -1;
    }

    /**
     * Whether a task of a word or two ends at a comma before another's undertaking: "Bo will chair, and Cy will take the
     * notes" reads "chair" as Bo's task, too short for {@link #clauseBreak(String)} to weigh as a clause of its own.
     */
    private static boolean shortClauseBreak(String task) {
        Matcher c = CLAUSE.matcher(task);
        return c.find() && c.group().startsWith(",")
                && task.substring(0, c.start()).strip().matches("\\p{L}[\\p{Ll}'’-]*(?:\\s+\\p{Ll}[\\p{Ll}'’-]*)?");
    }

    /** "[ ] JT to try ...", "[x] Ann: book the hall": a task list's box, ticked or not, is no part of the task. */
    private static final Pattern CHECKBOX = Pattern.compile("^\\[[ xX✓✔]?]\\s+");

    private static String unchecked(String text) {
        return CHECKBOX.matcher(text).replaceFirst("");
    }

    /** "11i) Cllr. Gwynne would ...", "4. 4.5ii) The Clerk to ...": the text after the minute's number. */
    private static String unnumbered(String text) {
        String s = text;
        for (int i = 0; i < 2; i++) {
            s = NUMBERING.matcher(s).replaceFirst("");
        }
        return s;
    }

    private static List<Found> whole(String s, String sentence, String lastSubject) {
        Matcher r = RESOLUTION.matcher(s);
        if (r.matches()) {
            List<Found> charged = resolution(r.group("body"), sentence);
            if (!charged.isEmpty()) {
                return charged;
            }
        }
        Matcher m = CONDITIONAL.matcher(s);
        if (m.matches() && STANDING_RULE.matcher(s.substring(m.end("subj"), m.start("rest"))).find()) {
            // "If a member objects, the application shall go to a full hearing": a rule of procedure, not a task.
            return List.of();
        }
        if (m.matches() && acceptable(m.group("subj"))) {
            String cond = m.group("cond").strip().replaceAll(",$", "");
            return tasks(owners(m.group("subj")), m.group("rest"), cond, sentence, null);
        }
        m = CONDITIONAL_PRONOUN.matcher(s);
        if (m.matches() && acceptable(m.group("named")) && !isCollective(m.group("named"))
                && !m.group("between").matches(".*\\b\\p{Lu}\\p{Ll}+\\b.*")) {
            String cond = m.group("cond").strip();
            return tasks(owners(m.group("named")), m.group("rest"), cond, sentence, m.group("pronoun"));
        }
        m = GROUP_INVITED.matcher(s);
        if (m.matches()) {
            return tasks(List.of(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        m = PLEASE.matcher(s);
        if (m.matches() && acceptable(m.group("subj"))) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        m = PLAIN.matcher(s);
        if (m.matches() && acceptable(m.group("subj")) && !(URGING.matcher(s).find() && isEveryone(m.group("subj")))) {
            List<Found> directed = isCollective(m.group("subj")) && !isOfficer(m.group("subj")) ? andDirected(s, sentence) : List.of();
            // "The Board agreed to pursue the offer and instructed the Chair to ...": the body's part is its decision, the
            // task the Chair's.
            return !directed.isEmpty() ? directed : tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        List<Found> moved = inMotion(s);
        if (!moved.isEmpty()) {
            return moved;
        }
        m = ONGOING.matcher(s);
        if (m.matches() && acceptable(m.group("subj")) && !isCollective(m.group("subj"))
                && owners(m.group("subj")).stream().allMatch(NameIndex::looksLikePersonName)
                // "Acme Housing is working with the bank": an agency works with others as often as a person; only a
                // given name, which the attendance or the minutes' own use of it must then bear out.
                && !(m.group("verb").endsWith("with") && m.group("subj").strip().contains(" "))) {
            return tasks(owners(m.group("subj")), ongoingTask(m.group("verb"), m.group("rest")), null, sentence, null);
        }
        m = AND_UNDERTOOK.matcher(s);
        if (m.matches() && acceptable(m.group("subj")) && !isCollective(m.group("subj")) && !isEveryone(m.group("subj"))
                && !REPORTED_CLAUSE.matcher(m.group("before")).find()) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        m = AND_WILL.matcher(s);
        if (m.matches() && acceptable(m.group("subj")) && !isCollective(m.group("subj")) && !isEveryone(m.group("subj"))
                && !REPORTED_CLAUSE.matcher(m.group("before")).find()) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        m = WOULD.matcher(s);
        if (m.matches() && acceptable(m.group("subj")) && !isCollective(m.group("subj"))) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        m = AGREED_THAT.matcher(s);
        if (m.matches() && acceptable(m.group("subj"))) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        m = WE_AGREED.matcher(s);
        if (m.matches() && acceptable(m.group("subj"))) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        m = REPORTED.matcher(s);
        if (m.matches()) {
            String subj = m.group("subj");
            String cond = m.group("cond");
            // "He said that ...": the one who said it is the person the sentence before named, if it named one.
            boolean told = m.group("main").matches("He|She");
            String main = told ? lastSubject : m.group("main");
            if (PRONOUNS.matcher(subj).matches()) {
                // "He said that they would give feedback": "they" is others than the one who said it.
                if (main == null || !acceptable(main) || (cond != null || told) && !subj.matches("(?i)he|she")) {
                    return List.of();
                }
                return tasks(owners(main), m.group("rest"), cond, sentence, subj);
            }
            if (acceptable(subj)) {
                return tasks(owners(subj), m.group("rest"), cond, sentence, null);
            }
        }
        String passive = s;
        m = TO_BE_DONE_BY.matcher(passive);
        if (!m.matches() && s.contains("; ")) {
            // "Lease has been signed; copy to be provided by Andrew Wheatly soon": the clause after the semicolon.
            passive = capitalise(s.substring(s.lastIndexOf("; ") + 2).strip());
            m = TO_BE_DONE_BY.matcher(passive);
        }
        // "... administered by John.": the full stop ends the sentence, not an initial.
        String doer = m.matches() ? m.group("subj").replaceFirst("(?<=\\p{L}{2})\\.$", "") : null;
        if (doer != null && acceptable(doer)) {
            String subj = doer;
            // The task as written, without its owner: "To be confirmed at the next meeting".
            String task = passive.substring(0, m.start("task")) + m.group("task") + (m.group("after") == null ? "" : m.group("after"));
            return tasks(owners(subj), task, null, sentence, null);
        }
        List<Found> asked = asked(s, sentence, lastSubject);
        if (asked != null) {
            return asked;
        }
        m = PRONOUN.matcher(s);
        if (m.matches() && lastSubject != null) {
            return tasks(owners(lastSubject), m.group("rest"), null, sentence, m.group("subj"));
        }
        m = HAVE_DO.matcher(s);
        if (m.find() && isBareVerb(m.group("verb")) && !NOT_A_VERB.matcher(m.group("verb")).matches()
                && (m.group("subj").matches("[Oo]ur\\s+\\p{Lu}+") || acceptable(m.group("subj")))) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        m = PRONOUN_LATER.matcher(s);
        if (m.matches() && acceptable(m.group("main")) && !m.group("between").matches(".*\\b\\p{Lu}\\p{Ll}+\\b.*")) {
            return tasks(owners(m.group("main")), m.group("rest"), null, sentence, null);
        }
        m = WAITING_ON.matcher(s);
        String awaited = !m.matches() ? null : m.group("subj") != null ? m.group("subj") : m.group("from");
        if (awaited != null && acceptable(awaited) && !isCollective(awaited) && !isEveryone(awaited)) {
            // What the meeting waits for is the task of the one it waits on; the note, as written, says what that is.
            return List.of(new Found(owners(awaited), capitalise(s.strip()), sentence, null));
        }
        m = WHO_WILL.matcher(s);
        if (m.find() && acceptable(m.group("subj")) && !isCollective(m.group("subj")) && !isEveryone(m.group("subj"))) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        m = MEMO.matcher(s);
        // "Preparing to give a talk": a word in "-ing" opening a note is what someone is doing, not who.
        if (m.matches() && acceptable(m.group("subj")) && s.length() < 400 && !m.group("subj").matches("\\p{Lu}\\p{Ll}{2,}ing")) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        return List.of();
    }

    /**
     * "RESOLVED: That the Clerk should write to ...", "Resolved that the Treasurer pay ...", "AGREED: that the Town
     * Manager be asked to ...", "The Council resolved that ...", or the words of a resolution alone ("That the Chairman
     * should check ..."): a resolution, whose clauses may each charge an officer or member with a task.
     */
    private static final Pattern RESOLUTION = Pattern.compile("^(?:(?:(?i:resolved|agreed|decided|decision|resolution|determined"
            + "|ordered|voted)|(?i:it\\s+was\\s+(?:resolved|voted|ordered|determined))|(?:[Tt]he\\s+)?(?:\\p{Lu}\\p{L}+\\s+){1,3}"
            + "(?i:resolved|voted|ordered|determined))\\s*[:.,–—-]?\\s*(?:\\((?i:unanimously|nem\\.?\\s*con\\.?)\\)\\s*|(?i:unanimously)"
            + "\\s*[:,]?\\s*)?(?i:that)|That)\\s+(?<body>\\S.*)$");
    /**
     * Inside a resolution, an officer or member and what they are charged with: "the Clerk should write", "the Treasurer
     * is to pay", "Cllr Dent be asked to inspect", "the Chairman check", "the Town Manager will report".
     */
    private static final Pattern CHARGED = Pattern.compile("(?<![\\p{L}'’])(?<subj>" + OFFICER.replace("(?=\\s)", "") + "|" + NAMES
            + ")\\s+(?:(?<modal>should|shall|will|must|is\\s+to|are\\s+to|(?:be|is|are)\\s+(?:hereby\\s+)?(?:asked|instructed|requested"
            + "|authori[sz]ed|directed|empowered|invited|delegated|mandated)\\s+to)\\s+(?:also\\s+)?"
            // "That the minutes of the March General meeting be adopted": a word before "be" is a noun, not what a
            // named person is charged to do.
            + "|(?=(?<bare>\\p{Ll}+)\\b(?!\\s+(?:be|been|is|are|was|were)\\b)))"
            + "(?!(?:not|be|have|been|had|never)\\b)(?=\\p{Ll})");
    /** "..., and, subject to any changes," or "... and that": the joint between one charge and the next. */
    private static final Pattern CHARGE_JOINT = Pattern.compile("(?:[,;]\\s*|\\s+)(?:and|but|then)\\b\\s*,?\\s*(?:that\\b\\s*)?");

    /**
     * The tasks the clauses of a resolution give ("That the quotation be accepted, and that the Clerk should renew the
     * insurance"; "That the Chairman should check ... and, subject to ..., the Clerk should write ..."): each officer
     * or person it charges, with the words up to the next charge. A body's own resolve ("That the Parish Council
     * support these plans") and what is only to be done ("That the report be received") charge no one.
     */
    private static List<Found> resolution(String body, String sentence) {
        List<int[]> at = new ArrayList<>();
        List<String> who = new ArrayList<>();
        Matcher c = CHARGED.matcher(body);
        int from = 0;
        while (from < body.length() && c.find(from)) {
            String subj = c.group("subj").strip();
            boolean officer = OFFICER_ONLY.matcher(subj).matches();
            boolean ok = acceptable(subj) && !isEveryone(subj) && !(isCollective(subj) && !officer)
                    && (c.group("modal") != null || isBareVerb(c.group("bare")) && !NOT_A_DUTY.matcher(c.group("bare")).matches()
                    && (officer || NameIndex.isTitled(subj) || NameIndex.looksLikePersonName(NameIndex.stripTitles(subj))));
            if (ok) {
                at.add(new int[] {c.start(), c.end()});
                who.add(subj);
                from = c.end();
            } else {
                from = c.start() + 1;
            }
        }
        List<Found> out = new ArrayList<>();
        String cond = null;
        for (int k = 0; k < at.size(); k++) {
            String raw = body.substring(at.get(k)[1], k + 1 < at.size() ? at.get(k + 1)[0] : body.length());
            String next = null;
            if (k + 1 < at.size()) {
                // "... GP practices and, subject to any amendments, " before the next charge: the condition is the next one's.
                Matcher j = CHARGE_JOINT.matcher(raw);
                int cut = -1;
                int end = -1;
                while (j.find()) {
                    cut = j.start();
                    end = j.end();
                }
                if (cut >= 0) {
                    String left = raw.substring(end).strip().replaceAll("^[,;]\\s*|[,;]\\s*$", "").strip();
                    next = left.length() > 3 ? left : null;
                    raw = raw.substring(0, cut);
                }
            }
            String rest = raw.strip().replaceAll("[,;]+$", "").strip();
            if (!rest.isEmpty()) {
                out.addAll(tasks(owners(who.get(k)), rest, cond, sentence, null));
            }
            cond = next;
        }
        return out;
    }

    /**
     * The task a motion puts to someone it names: "A moved for the Technical Committee to purchase ...", "Motion to
     * authorize the Clerk to sign ...", "A moved that the Treasurer pay ..."; empty when it names no one.
     */
    static List<Found> inMotion(String sentence) {
        String s = EMPHASIS.matcher(sentence.strip()).replaceAll("");
        Matcher m = MOVED_TASK.matcher(s);
        if (m.matches() && acceptable(m.group("subj")) && !isEveryone(m.group("subj"))) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        // Before "moved that X do": "moved that X be asked to do" is X's task, not "be asked".
        m = VOTED_EMPOWERED.matcher(s);
        if (m.find() && acceptable(m.group("subj")) && !isEveryone(m.group("subj"))) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        m = MOVED_THAT.matcher(s);
        if (m.matches() && acceptable(m.group("subj")) && !isEveryone(m.group("subj"))
                && isBareVerb(m.group("rest").split("\\s+")[0])) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        m = LEFT_IN_HANDS.matcher(s);
        if (m.find()) {
            // The pattern names a body or an office only ("the Building Department", "the Clerk").
            String task = m.group("task").strip() + (m.group("power") == null ? "" : ", " + m.group("power").strip());
            return List.of(new Found(List.of(m.group("subj").strip()), capitalise(task), sentence, null));
        }
        return List.of();
    }

    /**
     * "it was voted that Mr. Grey be empowered to consult the architect", "Resolved that the Clerk be authorised to sign
     * the contract": a vote that gives someone it names the power, or the duty, to act.
     */
    private static final Pattern VOTED_EMPOWERED = Pattern.compile("\\b(?i:voted|resolved|ordered|agreed|decided|moved|carried)"
            + ",?\\s+(?i:that)\\s+(?<subj>" + OFFICER.replace("(?=\\s)", "") + "|" + NAMES + ")\\s+(?:be|is|are)\\s+(?:and\\s+(?:is|are)"
            + "\\s+)?(?:hereby\\s+)?(?:empowered|authori[sz]ed|instructed|directed|requested|asked|delegated|deputed|deputi[sz]ed"
            + "|appointed)\\s+to\\s+(?<rest>\\p{Ll}.+)$");
    /**
     * "voted that the matter of a bicycle shed be left in the hands of the Building Department, with power to act", "The
     * question of parking was referred to the Highways Committee": a matter put in the hands of a body or officer.
     */
    private static final Pattern LEFT_IN_HANDS = Pattern.compile("(?:^|\\bthat\\s+)(?<task>(?i:the\\s+)?(?i:matter|question|issue"
            + "|subject)\\b[^;]{0,160}?),?\\s+(?:be|was|is|were|has\\s+been)\\s+(?:left|placed|referred)\\s+(?:in(?:to)?\\s+the\\s+hands\\s+of"
            + "|to)\\s+(?:the\\s+)?(?<subj>(?:\\p{Lu}[\\p{L}&'’-]*\\s+){0,3}(?:Department|Committee|Sub-?[Cc]ommittee|Board|Council|Team"
            + "|Panel|Trustees|Officers|Working Group)|" + OFFICER.replace("(?=\\s)", "").replace("(?:[Tt]he\\s+|[Oo]ur\\s+)?", "")
            + ")(?:,?\\s+(?<power>with\\s+(?:full\\s+)?power\\s+to\\s+act))?\\s*[.;]?$");

    /**
     * Tasks put to someone by another: "X asked Y to ...", "X asked Y if she would ...", "X asked if Y could ...",
     * "X recommended that Y contact ...", "X encouraged Y to ...", "It was confirmed that Y would ...", and the speaker's
     * own "X said he would ..."; null when the sentence has none of these forms.
     */
    private static List<Found> asked(String s, String sentence, String lastSubject) {
        Matcher m = ASKED.matcher(s);
        if (m.matches() && !IN_THE_MEETING.matcher(m.group("rest")).find()) {
            String subj = m.group("subj");
            if (subj.matches("him|her|them")) {
                // "Lund asked him to draft ...": him is the one spoken of before, never the one asking.
                if (lastSubject == null || NameIndex.fold(lastSubject).equals(NameIndex.fold(m.group("main")))
                        || PRONOUNS.matcher(m.group("main")).matches()) {
                    return List.of();
                }
                return tasks(owners(lastSubject), m.group("rest"), null, sentence, subj);
            }
            if (acceptable(subj) && !isEveryone(subj)) {
                return tasks(owners(subj), m.group("rest"), null, sentence, null);
            }
        }
        m = DECIDED_THAT.matcher(s);
        if (m.matches() && acceptable(m.group("subj")) && !isEveryone(m.group("subj"))) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        m = DIRECTS.matcher(s);
        // "Ann suggested asking the Clerk to write": only what was done, not what was thought of.
        // "... was asking the Board to approve the package": the body asked to decide is given no task.
        if (m.matches() && acceptable(m.group("subj")) && !isEveryone(m.group("subj")) && !IN_THE_MEETING.matcher(m.group("rest")).find()
                && !NOT_DONE.matcher(m.group("before")).find() && (!isCollective(m.group("subj")) || isOfficer(m.group("subj")))) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        List<Found> directed = andDirected(s, sentence);
        if (!directed.isEmpty()) {
            return directed;
        }
        m = TAKEN_UP.matcher(s);
        if (m.matches() && acceptable(m.group("subj")) && !isEveryone(m.group("subj"))) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        m = ASKED_IF.matcher(s);
        if (m.matches() && acceptable(m.group("subj")) && !isCollective(m.group("subj"))
                && !THE_BODY.matcher(m.group("subj")).matches() && !IN_THE_MEETING.matcher(m.group("rest")).find()) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        m = THAT_SUBJUNCTIVE.matcher(s);
        if (m.matches() && acceptable(m.group("subj")) && !isEveryone(m.group("subj"))
                && (m.group("modal") != null || isBareVerb(m.group("rest").split("\\s+")[0]))) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        m = URGED.matcher(s);
        if (m.matches() && acceptable(m.group("subj")) && !isEveryone(m.group("subj"))) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        m = IT_WAS_NOTED.matcher(s);
        if (m.matches() && acceptable(m.group("subj"))) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        m = SAID_WOULD.matcher(s);
        if (m.matches() && acceptable(m.group("main"))) {
            String rest = NARRATED_CLAUSE.matcher(m.group("rest")).replaceFirst("");
            if (ONLY_CONSENT.matcher(rest).matches()) {
                return List.of();
            }
            return tasks(owners(m.group("main")), rest, null, sentence, m.group("subj"));
        }
        return null;
    }

    /**
     * The task a body's sentence puts to someone after "and" ("The Board agreed to pursue the offer and instructed the
     * Chair to contact the host"), or none: not a direction only thought of, nor one to do then and there.
     */
    private static List<Found> andDirected(String s, String sentence) {
        Matcher m = AND_DIRECTED.matcher(s);
        if (m.matches() && m.group("before").split("\\s+").length >= 3 && acceptable(m.group("subj")) && !isEveryone(m.group("subj"))
                && !IN_THE_MEETING.matcher(m.group("rest")).find() && !HYPOTHETICAL.matcher(m.group("before")).find()
                && (!isCollective(m.group("subj")) || isOfficer(m.group("subj")))) {
            return tasks(owners(m.group("subj")), m.group("rest"), null, sentence, null);
        }
        return List.of();
    }

    /**
     * The speaker a transcript paragraph opens with ("Dan: I'll schedule them ..." gives Dan): one to three
     * capitalised words before a colon, when they look like a person's name and not like a label ("Action:",
     * "Present:"); null otherwise.
     */
    static String speakerLabel(String text) {
        return speakerLabel(text, java.util.Set.of());
    }

    /**
     * The speaker a transcript line opens with, as {@link #speakerLabel(String)} reads it, or the initials the minutes
     * use for a speaker ("MIH: I think ...", "RCA : ..."): {@code initials} are those that open lines as speakers do.
     */
    static String speakerLabel(String text, java.util.Set<String> initials) {
        Matcher dash = INITIALS_DASH.matcher(text.strip());
        if (dash.matches() && initials.contains(dash.group("initials"))) {
            return dash.group("initials");
        }
        Matcher handle = HANDLE_LABEL.matcher(text.strip());
        if (handle.matches() && initials.contains(handle.group("name"))) {
            return handle.group("name");
        }
        Matcher m = SPEAKER_LABEL.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String name = m.group("name");
        if (initials.contains(name)) {
            return name;
        }
        for (String w : name.split("\\s+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (NOT_SPEAKERS.contains(lower) || NOT_SUBJECTS.contains(lower) || NameIndex.TITLES.contains(lower)
                    || NameIndex.ORG_WORDS.contains(lower)) {
                return null;
            }
        }
        return NameIndex.looksLikePersonName(name) && !isAcronym(name) ? name : null;
    }

    /**
     * What a speaker undertakes in their own words, in a sentence of what they said: "I'll schedule them for January",
     * "Barring objections, I'll also close these", "No, will double-check my email". Opinions and hopes ("I will
     * be away", "I'll think about it") and what others will do are not undertakings.
     */
    static List<Found> undertaking(String speaker, String sentence) {
        String s = sentence.strip();
        s = unlabelled(speaker, s);
        if (s.endsWith("?")) {
            // "KB - Will they run on the old servers?": a question undertakes nothing.
            return List.of();
        }
        Matcher m = FIRST_PERSON.matcher(EMPHASIS.matcher(s).replaceAll(""));
        if (!m.matches() || ONLY_CONSENT.matcher(m.group("rest")).matches() || SAYS_NOW.matcher(m.group("rest")).lookingAt()) {
            return List.of();
        }
        return tasks(List.of(speaker), m.group("rest"), null, sentence, null);
    }

    /** What the speaker said, without the label that names them ("Dan: ...", "NM - ..."). */
    private static String unlabelled(String speaker, String s) {
        Matcher label = SPEAKER_LABEL.matcher(s);
        if (label.matches() && label.group("name").equals(speaker)) {
            return label.group("said").strip();
        }
        Matcher handle = HANDLE_LABEL.matcher(s);
        if (handle.matches() && handle.group("name").equals(speaker)) {
            return handle.group("said").strip();
        }
        Matcher dash = INITIALS_DASH.matcher(s);
        return dash.matches() && dash.group("initials").equals(speaker) ? dash.group("said").strip() : s;
    }

    /** "I'll reiterate that ...", "I will say this": what the speaker says there and then, which is no task. */
    private static final Pattern SAYS_NOW = Pattern.compile("(?:reiterate|repeat|say|note|mention|add|stress|emphasi[sz]e"
            + "|point\\s+out|admit|argue|suggest|guess|bet|assume|concede|grant|put\\s+it)\\b");

    /** "Who do we have to monitor that?", "Who will book the hall?": a task put to the room as a question. */
    private static final Pattern WHO_QUESTION = Pattern.compile("^(?:.*[.!]\\s+)?Who\\s+(?:will|can|could|is going to|wants to|should"
            + "|do we have to|do we have|(?:is|would be) willing to)\\s+(?<task>\\p{Ll}[^?]{2,120})\\?\\s*$");
    /** "I will.", "I can.", "Me.", "I'll do it": taking on what was just asked. */
    private static final Pattern TAKES_IT = Pattern.compile("(?i)^(?:(?:yes|sure|ok(?:ay)?)[,.!]?\\s+)?(?:I\\s+will|I\\s+can|I['’]ll"
            + "|I\\s+will\\s+do\\s+(?:it|that)|I['’]ll\\s+do\\s+(?:it|that)|I\\s+can\\s+do\\s+(?:it|that)|me)\\s*[.!]*$");

    /** The task a "Who will ...?" question puts to the room, or null. */
    static String whoQuestion(String sentence) {
        Matcher m = WHO_QUESTION.matcher(EMPHASIS.matcher(sentence.strip()).replaceAll(""));
        if (!m.find()) {
            return null;
        }
        Matcher label = SPEAKER_LABEL.matcher(sentence.strip());
        String task = m.group("task");
        return label.matches() && task.contains(":") ? null : task;
    }

    /** "David: I will." after "Who do we have to monitor that?": the speaker takes on the question's task. */
    static List<Found> answered(String task, String speaker, String sentence) {
        String s = unlabelled(speaker, sentence.strip());
        if (!TAKES_IT.matcher(EMPHASIS.matcher(s).replaceAll("")).matches()) {
            return List.of();
        }
        return List.of(new Found(List.of(speaker), capitalise(task.strip()) + ".", sentence, null));
    }

    /**
     * "Going to work with Roger on that", "Meeting with Simi next week", "Will circulate the notes": a note under a
     * list item, without its subject, saying what the one the item above is about is to do.
     */
    private static final Pattern CONTINUED = Pattern.compile("^(?:(?:Is\\s+|Are\\s+)?[Gg]oing\\s+to|Will|Plans?\\s+to|Planning\\s+to"
            + "|Intends?\\s+to|Agreed\\s+to|Volunteered\\s+to|Offered\\s+to|To)\\s+(?:also\\s+)?(?<rest>\\p{Ll}.+)$"
            + "|^(?<ing>(?:Meeting|Working|Following up|Reaching out|Looking into|Checking|Coordinating)\\s+(?:with|on|to|about"
            + "|in|into)\\b.+)$");

    /**
     * The task a note under a list item gives the person that item opens with ("Georgi suggested a test release" over
     * "Going to work with Roger on that"), or null when the note says no such thing or {@code owner} is no person.
     */
    static Found continued(String owner, String note) {
        String s = EMPHASIS.matcher(note.strip()).replaceAll("");
        Matcher m = CONTINUED.matcher(s);
        Matcher later = SUBJECTLESS_WILL.matcher(s);
        if (owner == null || !m.matches() && !later.matches() || !acceptable(owner) || isCollective(owner) || s.endsWith("?")) {
            return null;
        }
        // "Preparing the talk, will give the update there": the future after the comma is the task.
        String rest = !m.matches() ? later.group("rest") : m.group("rest") != null ? m.group("rest") : m.group("ing");
        List<Found> out = tasks(owners(owner), rest, null, note, null);
        return out.isEmpty() ? null : out.get(0);
    }

    /** "● ", "ii. ", "b) ": a list's mark left on a line of plain text (text converted from a PDF keeps them). */
    private static final Pattern ITEM_MARK = Pattern.compile("^(?:[●○■□▪•◦·]|(?:[ivx]{1,5}|[a-z]|\\d{1,3})[.)])\\s+");
    /** A person as a document names them in the forms below: a handle ("@ruyadorno") or a name ("Casey", "Mr. Grey"). */
    private static final String PERSON = "(?:@[\\w.-]{2,39}(?<![.-])|" + NAME + ")";
    /**
     * "Chris issuing cheques:", "Scott putting together a mass buy": a note-taker's list item, a person and what they are
     * doing for the meeting, in "-ing".
     */
    private static final Pattern DOING = Pattern.compile("^(?<subj>" + PERSON + "(?:\\s*,\\s*" + PERSON + ")*"
            + "(?:\\s*,?\\s+(?:and|&)\\s+" + PERSON + ")?)\\s+(?:also\\s+|now\\s+)?(?<rest>(?<verb>\\p{Ll}{2,}ing)"
            + "\\b.*)$");
    /** "-ing" words after a name that say what someone did in the meeting or is, not a task they took on. */
    private static final Pattern NOT_A_TASK_ING = Pattern.compile("talking|speaking|saying|asking|wondering|thinking|hoping|wanting"
            + "|noting|mentioning|joining|attending|leaving|arriving|suggesting|feeling|being|having|coming|agreeing|disagreeing"
            + "|according|regarding|including|concerning|representing|replying|responding|commenting|explaining|reporting"
            + "|presenting|proposing|questioning|objecting|abstaining|voting|seconding|moving|chairing|bring|string|thing|king"
            + "|missing|pending|visiting|waiting|staying|sitting|listening|watching|dialing|dialling|running\\s+late|reading"
            + "|laughing|nodding|absent|interesting|willing|during|nothing|something|anything|everything|morning|evening|liking"
            + "|loving|hating|preferring|guessing|believing|doubting|worrying|wishing|enjoying|seeing|hearing|knowing"
            // "Carol facilitating, Mark taking notes": a role in the meeting itself.
            + "|facilitating|scribing|minuting|hosting|moderating|timekeeping|taking\\s+(?:the\\s+)?(?:notes|minutes)");
    /** "@ann publishing tags would help": the "-ing" opens a clause's subject, not a note of what Ann is doing. */
    private static final Pattern FINITE = Pattern.compile("\\b(?:would|will|is|are|was|were|could|should|might|may|can|has|have"
            + "|had|seems?|makes?|means?)\\b");
    /** "TODO for Alexandra: Post the news", "Action for @omar – fix the build", "Next steps for Ann: ...". */
    private static final Pattern LABEL_FOR = Pattern.compile("^(?i:to[-\\s]?dos?|actions?(?:\\s+items?)?|tasks?|ai|next\\s+steps?"
            + "|follow[-\\s]?ups?)\\s+(?i:for|by)\\s+(?<subj>" + PERSON + ")\\s*(?::|\\s[-–—])\\s*(?<rest>\\S.+)$");
    /** "Assign next week's facilitator: David", "Assigned to review the budget: Ann": the task, then the person. */
    private static final Pattern ASSIGN = Pattern.compile("^(?i:assign(?:ed)?(?:\\s+to)?|assignment\\s+of)\\s+(?<task>[^:]{3,80}?)\\s*:"
            + "\\s*(?<subj>" + PERSON + ")\\s*\\.?$");
    /** "@ruyadorno: action: will update the RFC", "Dana: ACTION - send the notes": a speaker's line marked as an action. */
    private static final Pattern TAGGED_ACTION = Pattern.compile("^(?<subj>" + PERSON + ")\\s*:\\s*(?i:action(?:\\s+items?)?|to[-\\s]?do"
            + "|ai)\\s*(?::|\\s[-–—])\\s*(?:(?:I\\s+will|I['’]ll|will)\\s+)?(?<rest>\\S.+)$");
    /**
     * "@ruyadorno: will update the RFC", "Dana: spoke with Bo, will try & capture it", "Ann Lee (chair): agreed, will
     * confirm on the list": a speaker's tag, with the role or organisation in brackets that transcripts add, then "will".
     */
    private static final Pattern TAGGED = Pattern.compile("^(?<subj>" + PERSON + ")(?:\\s*\\([^()]{1,40}\\))?\\s*:"
            + "\\s*(?<said>\\S.*)$");
    /** "@omar will fix the build": a handle as the subject. */
    private static final Pattern HANDLE_FUTURE = Pattern.compile("^(?<subj>@[\\w.-]{2,39}(?<![.-]))\\s+(?:still\\s+)?" + FUTURE
            + "\\s+(?:also\\s+)?(?<rest>\\p{Ll}.+)$");
    /**
     * "Will share the link later", "Preparing a talk, will give the update there", "Spoke with Bo, & will try to ...": a
     * future without its subject, at the start or after a comma, which is the person the line is about.
     */
    private static final Pattern SUBJECTLESS_WILL = Pattern.compile("^(?:[^;]*?[,;]\\s*(?:and\\s+|&\\s+)?)?(?:[Ww]ill|[Gg]oing\\s+to)"
            + "\\s+(?:also\\s+)?(?<rest>(?!(?:be|not|never|have|see|think|probably|maybe|perhaps|likely|need)\\b)\\p{Ll}.+)$");

    /**
     * An undertaking that names a person of the document by looser cues than a sentence about an unknown word may be
     * read with: "Chris issuing cheques:" (a list item), "TODO for Alexandra: ...", "Assign next week's facilitator:
     * David", "@ruyadorno: action: will update ...", "Dana: spoke with Bo, will send it", "@omar will fix ...". The owner
     * is as written; whether it is one of the document's people is the caller's to check. Null when none of these.
     */
    static Found anchored(String text, boolean listItem) {
        String plain = unchecked(EMPHASIS.matcher(text.strip()).replaceAll("")).strip();
        String s = ITEM_MARK.matcher(plain).replaceFirst("");
        if (s.endsWith("?")) {
            return null;
        }
        if (!s.equals(plain)) {
            // "● Alex will make these": the sentence under the mark, read as any other.
            List<Found> said = inSentence(s, null);
            if (!said.isEmpty()) {
                return new Found(said.get(0).owners(), said.get(0).task(), text, null);
            }
        }
        Matcher m = LABEL_FOR.matcher(s);
        if (m.matches()) {
            return new Found(List.of(m.group("subj")), capitalise(m.group("rest").strip()), text, null);
        }
        m = ASSIGN.matcher(s);
        if (m.matches()) {
            return new Found(List.of(m.group("subj")), capitalise(m.group("task").strip()), text, null);
        }
        m = TAGGED_ACTION.matcher(s);
        if (m.matches() && personLike(m.group("subj"))) {
            return new Found(List.of(m.group("subj")), capitalise(m.group("rest").strip()), text, null);
        }
        m = TAGGED.matcher(s);
        if (m.matches() && personLike(m.group("subj"))) {
            Matcher will = SUBJECTLESS_WILL.matcher(m.group("said").strip());
            if (will.matches() && !ONLY_CONSENT.matcher(will.group("rest")).matches()) {
                return new Found(List.of(m.group("subj")), capitalise(will.group("rest").strip()), text, null);
            }
            return null;
        }
        m = HANDLE_FUTURE.matcher(s);
        if (m.matches()) {
            List<Found> t = tasks(List.of(m.group("subj")), m.group("rest"), null, text, null);
            return t.isEmpty() ? null : t.get(0);
        }
        m = DOING.matcher(s);
        if (listItem && m.matches() && owners(m.group("subj")).stream().allMatch(ActionItemRecognizer::personLike)
                && !NOT_A_TASK_ING.matcher(m.group("verb")).matches()
                && !NOT_A_TASK_ING.matcher(m.group("rest")).lookingAt() && !FINITE.matcher(m.group("rest")).find()) {
            String rest = m.group("rest").strip().replaceAll("\\s*:$", "");
            if (m.group("verb").equals("going")) {
                // "Scott going to order the boards": the future, written as notes write it.
                // "Ann going to the conference" is where she goes, no task.
                Matcher to = GOING_TO_DO.matcher(rest);
                if (!to.matches() || NOT_A_TASK.matcher(to.group("task")).find()) {
                    return null;
                }
                rest = to.group("task");
            }
            // "Dan and Tracy organizing": each of the names is an owner.
            return new Found(owners(m.group("subj")), capitalise(rest), text, null);
        }
        return null;
    }

    /** "going to order the boards": the future as notes write it, before a verb, not a place ("going to the fair"). */
    private static final Pattern GOING_TO_DO = Pattern.compile("^going\\s+to\\s+(?<task>(?!(?:the|a|an|this|that|his|her|their"
            + "|our|its|my)\\b)\\p{Ll}.+)$");

    /** A handle, or a name that is no label, pronoun, office or body ("Action", "We", "Board" are none). */
    private static boolean personLike(String subject) {
        String s = subject.strip();
        if (s.startsWith("@")) {
            return true;
        }
        for (String w : s.split("\\s+")) {
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "");
            if (NOT_SPEAKERS.contains(lower) || NOT_SUBJECTS.contains(lower) || NameIndex.ORG_WORDS.contains(lower)
                    || IMPERATIVE.matcher(lower).matches()) {
                return false;
            }
        }
        return acceptable(s) && !isCollective(s) && !isOfficer(s) && (NameIndex.looksLikePersonName(NameIndex.stripTitles(s))
                || NameIndex.isTitled(s));
    }

    /** "MIH: ", "RCA : ": initials before what that person said. */
    private static final Pattern INITIALS_LABEL = Pattern.compile("^(?<initials>\\p{Lu}{2,4})\\s*:\\s+\\S.*$");
    /**
     * "_ann.lee:_ I'll merge it", "**bo**: Done", "cy: me neither": a user name, in emphasis or not, before what that
     * person said, as digests of a chat write each line; the colon inside the emphasis or after it.
     */
    private static final Pattern HANDLE_LABEL = Pattern.compile("^(?:[_*]{1,2})?@?(?<name>\\p{L}[\\p{L}\\d_.-]{1,38}(?<![._-]))"
            + "(?::(?:[_*]{1,2})?|(?:[_*]{1,2}):)\\s+(?<said>\\S.*)$");
    /** "NM - I will send the draft": a speaker's initials and a dash, before what that speaker said. */
    private static final Pattern INITIALS_DASH = Pattern.compile("^(?<initials>\\p{Lu}{2,4})\\s+[-–—]\\s+(?<said>\\S.*)$");

    /**
     * The initials that open two lines or more as a speaker's ("MIH: I agree.", "RCA : The goal ..."): in minutes of
     * discussion, people are written by their initials.
     */
    static java.util.Set<String> initialsSpeakers(List<String> lines) {
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        for (String line : lines) {
            Matcher m = INITIALS_LABEL.matcher(line.strip());
            if (m.matches() && !NOT_SPEAKERS.contains(m.group("initials").toLowerCase(Locale.ROOT))
                    && !m.group("initials").matches("AOB|TBD|TBA|FYI|FAQ|URL|PR|NB|PS|RE|CC|AI|Q|A")) {
                count.merge(m.group("initials"), 1, Integer::sum);
            }
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        count.forEach((k, v) -> {
            if (v >= 2) {
                out.add(k);
            }
        });
        // "NM - We are preparing ..." on two lines or more, and "NM - Nina Marsh" or "Nina Marsh (NM)" in the list of
        // those present: the dash opens what the person with those initials said. Unkeyed, "PR - ..." or "UK - ..."
        // is a heading's topic, so the key is wanted.
        java.util.Map<String, Integer> dashed = new java.util.HashMap<>();
        for (String line : lines) {
            Matcher m = INITIALS_DASH.matcher(LIST_MARK.matcher(line.strip()).replaceFirst(""));
            if (m.matches() && !NOT_SPEAKERS.contains(m.group("initials").toLowerCase(Locale.ROOT))) {
                dashed.merge(m.group("initials"), 1, Integer::sum);
            }
        }
        dashed.forEach((k, v) -> {
            if (v >= 2 && keyed(k, lines)) {
                out.add(k);
            }
        });
        out.addAll(handleSpeakers(lines));
        return out;
    }

    /**
     * The user names that open two lines or more as a speaker's ("_ann.lee:_ I'll merge it") and stand alone on a line
     * of their own elsewhere, as the list of those present writes them ("* ann.lee"): in a digest of a chat, people are
     * written by their user names, in lower case as often as not. A word that no list gives alone ("note:", "pros:")
     * is a label, not a person.
     */
    private static java.util.Set<String> handleSpeakers(List<String> lines) {
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        java.util.Set<String> alone = new java.util.HashSet<>();
        for (String line : lines) {
            String t = LIST_MARK.matcher(line.strip()).replaceFirst("").strip();
            Matcher m = HANDLE_LABEL.matcher(t);
            if (m.matches() && !NOT_SPEAKERS.contains(m.group("name").toLowerCase(Locale.ROOT))
                    && !NOT_SUBJECTS.contains(m.group("name").toLowerCase(Locale.ROOT))) {
                count.merge(m.group("name"), 1, Integer::sum);
            }
            alone.add(t.replaceFirst("^@", ""));
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        count.forEach((k, v) -> {
            if (v >= 2 && alone.contains(k)) {
                out.add(k);
            }
        });
        return out;
    }

    /** "- ", "31. ", "b) ": the mark of a list's item, before a speaker's initials. */
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[-*+•]|\\d{1,3}[.)]|\\p{Ll}[.)])\\s+");

    /** Whether a line of the document keys the initials to a person ("- [NM] Nina Marsh", "Nina Marsh (NM)"). */
    static boolean keyedInitials(String initials, List<String> lines) {
        return initials.matches("\\p{Lu}{2,4}") && keyed(initials, lines);
    }

    /** "[DC, MS]  D1: re-draft the manifesto", "[NM] Share the logo": initials in brackets, then the task. */
    private static final Pattern INITIALLED = Pattern.compile("^\\[(?<owner>\\p{Lu}{2,4}(?:\\s*[,/&]\\s*\\p{Lu}{2,4})*)]\\s*"
            + "[:\\-–—]?\\s*(?<task>\\S.*)$");

    /**
     * A list line that opens with the initials of its owners in brackets and gives the task after them ("[DC, MS]
     * D1 (Manifesto): re-draft"), or null; a line whose rest is no task but a name ("[DC] Dan Cole") is none.
     */
    static Found initialledLine(String text) {
        Matcher m = INITIALLED.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String task = m.group("task").strip();
        if (task.split("\\s+").length < 3 || NameIndex.looksLikePersonName(task.replaceAll("[,(].*$", "").strip())) {
            return null;
        }
        return new Found(List.of(m.group("owner").split("\\s*[,/&]\\s*")), capitalise(task), text, null);
    }

    /** Whether a line keys the initials to a person: "NM - Nina Marsh, Acme", "Nina Marsh (NM)", "[NM] Nina Marsh". */
    private static boolean keyed(String initials, List<String> lines) {
        StringBuilder name = new StringBuilder();
        for (int k = 0; k < initials.length(); k++) {
            name.append(k == 0 ? "" : "\\s+(?:\\p{Lu}\\.\\s+)?").append(initials.charAt(k)).append("[\\p{L}'’-]+");
        }
        Pattern key = Pattern.compile("^\\W*" + initials + "\\s*[-–—:=]\\s*" + name + "\\b.*|.*\\b" + name + "\\s*\\(" + initials
                + "\\).*|^\\W*\\[" + initials + "]\\s*" + name + "\\b.*");
        return lines.stream().anyMatch(l -> key.matcher(l.strip()).matches());
    }

    /** Verbs of a task that the list of a task list's openers leaves out: "go over the claim", "talk to the host". */
    private static final Pattern MORE_TASK_VERBS = Pattern.compile("go|do|talk|speak|fix|finish|complete|pay|buy|bring|print"
            + "|sort|test|plan|work|clean|move|meet|collect|chase|figure|assign|invoice|file|install|repair|replace|visit|prepare");

    /**
     * Whether a word, in lower case, is a verb that sets someone a task ("send", "book", "go"): what opens the task after
     * an owner and a colon or dash ("Pia: send the form"), where a report would open otherwise ("Pia: no news yet").
     */
    static boolean isTaskVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return IMPERATIVE.matcher(w).matches() || MORE_TASK_VERBS.matcher(w).matches();
    }

    /** "contact", "put", "address": a verb in its bare form, as after "recommended that Lars"; not "was", "needed", "knows". */
    private static boolean isBareVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.matches("is|was|are|were|had|has|did|does|could|would|might|may|can|will|shall|should|must|also|not|never"
                + "|already|just|always|only|often")) {
            return false;
        }
        return !w.endsWith("ed") && !(w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us"));
    }

    /** "everyone", "all members": the whole room, an owner only when a sentence plainly assigns them a task. */
    private static boolean isEveryone(String owner) {
        return owner.strip().matches("(?i)(?:the\\s+)?(?:everyone|everybody|all|all members|all present|anyone)");
    }

    /**
     * The one word a sentence opens with before a verb of speaking ("Heather mentioned ...", "Stu points out ..."): a
     * person the minutes name by first name alone; null when there is none.
     */
    static String speakerWord(String sentence) {
        Matcher m = SPEAKER_WORD.matcher(CONNECTOR.matcher(sentence.strip()).replaceFirst(""));
        if (!m.find()) {
            return null;
        }
        String w = m.group("name");
        String lower = w.toLowerCase(Locale.ROOT);
        return NOT_SUBJECTS.contains(lower) || isEveryone(w) || NameIndex.TITLES.contains(lower)
                || NameIndex.ORG_WORDS.contains(lower) || isCollective(w) ? null : w;
    }

    /** The person a sentence is about, when it opens with a name and a verb ("Bishop said ..."), else null. */
    static String subjectOf(String sentence) {
        String s = CONNECTOR.matcher(sentence.strip()).replaceFirst("");
        Matcher topic = TOPIC.matcher(s);
        if (topic.matches() && !topic.group("topic").matches(".*[.!?;]\\s.*")) {
            // "Participation on committees: CEO Kimball continues to ...": the person is the sentence's after the topic.
            String after = subjectOf(topic.group("rest"));
            if (after != null || !topic.group("topic").matches("(?s).*\\b\\p{Ll}+ed\\b.*")) {
                // "Budget caps: Over time, ...": a topic without a verb is no one who acts.
                return after;
            }
        }
        Matcher m = SUBJECT_OF.matcher(s);
        if (m.find() && acceptable(m.group("subj"))) {
            return m.group("subj");
        }
        return null;
    }

    /**
     * The owner a mark after a minute names, with the minute before it as the task: "The noticeboard needs repainting
     * – Action: Clerk", "... (Action: JS)", "... [Owner: Ann]", "... Responsible: Priya", the owner in italics or in a
     * column of its own after the last sentence; a mark on its own ("Owner: Kate") has an empty task. Null when there
     * is no mark, or what it names is no person, office or body.
     */
    /** "... seconded by Cllr Hale.    Unanimously Agreed": the outcome set in a column of its own, not an owner. */
    private static final Pattern OUTCOME_MARK = Pattern.compile("(?i)(?:unanimously\\s+|duly\\s+)?(?:agreed|carried|approved"
            + "|resolved|noted|accepted|adopted|passed|rejected|defeated|lost|deferred)(?:\\s+unanimously)?");

    static Found ownerMark(String text) {
        String t = text.strip();
        for (Pattern p : List.of(BRACKET_MARK, TRAILING_MARK, EMPHASISED_MARK, COLUMN_MARK)) {
            Matcher m = p.matcher(t);
            if (!m.matches()) {
                continue;
            }
            String owner = m.group("owner").strip().replaceAll("[.,;]+$", "");
            boolean named = !OUTCOME_MARK.matcher(owner).matches() && (ALL.matcher(owner).matches()
                    || OFFICER_ONLY.matcher(owner).matches() || OWNER_ONLY.matcher(owner).matches() && acceptable(owner));
            if (!named) {
                return null;
            }
            String task = m.group("task") == null ? "" : m.group("task").strip().replaceAll("\\s*[-–—:;]$", "").strip();
            return new Found(owners(owner), capitalise(unnumbered(task)), text, null);
        }
        return bareMark(t, text);
    }

    /**
     * "... during the pandemic. ALL", "... to the Welsh Government. Cllr. O. Williams": an owner column run into the
     * text after the minute's last sentence; only an office, the whole meeting, initials or a titled name, never a
     * bare name, which may be a signature. Each place a sentence may end is tried, the last first.
     */
    private static Found bareMark(String t, String text) {
        Matcher end = SENTENCE_END.matcher(t);
        List<Integer> ends = new ArrayList<>();
        while (end.find()) {
            ends.add(end.start());
        }
        for (int k = ends.size() - 1; k >= 0; k--) {
            String owner = t.substring(ends.get(k)).strip().replaceAll("[.,;]+$", "");
            if (owner.length() > 60) {
                return null;
            }
            List<String> named = OWNER_ONLY.matcher(owner).matches() ? owners(owner) : List.of();
            if (!named.isEmpty() && named.stream().allMatch(o -> ALL.matcher(o).matches() || OFFICER_ONLY.matcher(o).matches()
                    || o.matches("\\p{Lu}{2,3}") || NameIndex.isTitled(o))) {
                return new Found(named, capitalise(unnumbered(t.substring(0, ends.get(k)).strip())), text, null);
            }
        }
        return null;
    }

    /**
     * The duties a list of them gives, each a name and a verb in its bare form ("Gary take pictures of the new truck,
     * Linda and Carrie work with Rory on the grant, Ray speak with Jennifer"), as action lists and reviews of duties
     * write them; empty when the text does not open with one.
     */
    static List<Found> duties(String text) {
        List<Found> out = new ArrayList<>();
        List<String> owners = null;
        StringBuilder task = null;
        for (String piece : NEXT_DUTY.split(text.strip())) {
            Matcher m = DUTY.matcher(piece.strip());
            boolean duty = m.matches() && isBareVerb(m.group("verb")) && !NOT_A_DUTY.matcher(m.group("verb")).matches()
                    && acceptable(m.group("subj")) && !isEveryone(m.group("subj"));
            if (duty) {
                if (task != null) {
                    out.add(new Found(owners, capitalise(task.toString().strip()), text, null));
                }
                owners = owners(m.group("subj"));
                task = new StringBuilder(m.group("verb")).append(LOST_STOP.split(m.group("rest"), 2)[0]);
            } else if (task != null) {
                // "Ray speak with Jennifer about A, B and C": a comma inside the duty, not between two.
                task.append(", ").append(piece.strip());
            } else {
                return List.of();
            }
        }
        if (task != null) {
            out.add(new Found(owners, capitalise(task.toString().strip()), text, null));
        }
        return out;
    }

    /**
     * The owners of the list under a line that leads into it ("The Directors directed the Company Secretary to:", "Ann
     * will:", "The Treasurer to:"), or null when the line is no such lead-in.
     */
    static List<String> leadIn(String text) {
        String s = unchecked(EMPHASIS.matcher(text.strip()).replaceAll("")).strip();
        List<String> sentences = Sentences.plain(s);
        if (sentences.size() > 1) {
            // "We went through the comments. The authors agreed to:": the lead-in closes a paragraph.
            s = sentences.get(sentences.size() - 1).strip();
        }
        Matcher m = LEAD_IN.matcher(s);
        if (!m.matches() || !acceptable(m.group("subj")) || isEveryone(m.group("subj"))) {
            return null;
        }
        return owners(m.group("subj"));
    }

    /** An "Action: ..." line: "X to do Y", "Do Y (X)", "[X] do Y", "X - do Y", or a task with no owner. */
    static Found actionLine(String text) {
        String t = unchecked(text.strip());
        Found mark = ownerMark(t);
        if (mark != null && !mark.task().isEmpty()) {
            // "Ann will send the letter (Action: Ann)": the mark names the owner, the sentence gives the task.
            List<Found> said = inSentence(mark.task(), null);
            return new Found(mark.owners(), said.isEmpty() ? mark.task() : said.get(0).task(), text, null);
        }
        List<Found> found = inSentence(t, null);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Matcher b = BRACKET_OWNER.matcher(t);
        if (b.matches() && OWNER_ONLY.matcher(b.group("owner").strip()).matches() && acceptable(b.group("owner"))) {
            return new Found(owners(b.group("owner")), capitalise(b.group("task").strip()), text, null);
        }
        Found led = ownerInBracketsFirst(t, text);
        if (led != null) {
            return led;
        }
        Matcher memo = MEMO.matcher(t);
        if (memo.matches() && acceptable(memo.group("subj")) && !PRONOUNS.matcher(memo.group("subj")).matches()
                && STATED_MEMO_TASK.matcher(memo.group("rest")).lookingAt() && t.length() < 400) {
            // "Lucy to not throw out the chalk", "Ann to be aware of the date": on an action line the memo is a task even
            // where a sentence's "not" or "be" would say a state.
            return new Found(owners(memo.group("subj")), capitalise(memo.group("rest").strip()), text, null);
        }
        Found colon = ownerColon(t);
        if (colon != null) {
            return colon;
        }
        Found after = ownerAfterTask(t, text);
        if (after != null) {
            return after;
        }
        return new Found(List.of(), capitalise(t), text, null);
    }

    /**
     * "Order the hoses (Priya)", "Book the hall [Ann Lee]", "Paint the sign (Bo & Cy)": an action line whose owners
     * follow the task in brackets; null when the bracket says how or for whom rather than who ("(if possible)", "(Trader
     * Joe's, Whole Foods)", "(2 hours)").
     */
    static Found ownerAfterTask(String t, String text) {
        Matcher m = TRAILING_OWNER.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String owner = (m.group("owner") != null ? m.group("owner") : m.group("squared")).strip();
        // "add us as admins (if possible)": what is in brackets must name someone, not say how.
        // "Target local businesses (Trader Joe's, Whole Foods)": a shop's name in the possessive is no one's to do.
        if (owner.matches(".*\\d.*") || owner.matches(".*\\p{L}['’]s\\b.*") || !(OWNER_ONLY.matcher(owner).matches()
                || OFFICER_ONLY.matcher(owner).matches()) || !acceptable(owner)) {
            return null;
        }
        return new Found(owners(owner), capitalise(m.group("task").strip()), text, null);
    }

    /**
     * "(AM) Share the draft", "(All) Upload the slides", "(Web team) To fix the form": an action line that opens with its
     * owners in round brackets, as initials, the whole meeting or a part of it ("All speakers"), a body or a name; null
     * when the bracket holds a state or a priority ("(Done)", "(Optional)") or no task of two words follows.
     */
    private static Found ownerInBracketsFirst(String t, String text) {
        Matcher m = OWNER_IN_BRACKETS_FIRST.matcher(t);
        if (!m.matches() || STATE_WORD.matcher(m.group("owner").strip()).matches()) {
            return null;
        }
        String owner = m.group("owner").strip();
        String task = m.group("task").strip().replaceFirst("^(?i:to)\\s+(?=\\p{L})", "");
        boolean named = INITIALS_LIST.matcher(owner).matches() || ALL_OF.matcher(owner).matches()
                || OFFICER_ONLY.matcher(owner).matches() || OWNER_ONLY.matcher(owner).matches() && acceptable(owner);
        if (!named || task.split("\\s+").length < 2) {
            return null;
        }
        List<String> each = INITIALS_LIST.matcher(owner).matches() ? List.of(owner.split("\\s*[,/&]\\s*")) : owners(owner);
        return new Found(each, capitalise(task), text, null);
    }

    /**
     * "not throw out the chalk", "be aware of the date": the tasks of a memo that a sentence would read as a state; not
     * "be arranged", "be done", "be sent", where what opens the line is what is to be done, not who.
     */
    private static final Pattern STATED_MEMO_TASK = Pattern.compile("(?:not|never)\\s+\\p{Ll}{2,}|be\\s+(?!\\p{Ll}+(?:ed|en)\\b"
            + "|(?:done|made|sent|put|set|kept|held|brought|bought|built|met|paid|read|run|sold|told|found|left|lost|cut|shut"
            + "|spent|won|sung|hung|dealt|meant|taught|thought|sought|caught|led|fed|shown|known|drawn|grown|thrown)\\b)"
            + "\\p{Ll}{2,}");
    /** "(AM) Share the draft", "(All speakers): upload the slides": owners in round brackets, then the task. */
    private static final Pattern OWNER_IN_BRACKETS_FIRST = Pattern.compile("^\\((?<owner>[^()\\d]{2,40})\\)\\s*[:\\-–—]?\\s*"
            + "(?<task>\\p{L}.*)$");
    /** "AM", "DC, MS", "JS/AB": the initials minutes write for their people (also after a label: "Action DH:"). */
    static final String INITIALS = "\\p{Lu}{2,4}(?:\\s*[,/&]\\s*\\p{Lu}{2,4})*";
    private static final Pattern INITIALS_LIST = Pattern.compile(INITIALS);
    /** "All", "All speakers", "All Acme staff": the whole meeting, or the part of it a word or two picks out. */
    private static final Pattern ALL_OF = Pattern.compile("(?i:all|everyone|everybody)(?:\\s+\\p{L}[\\p{L}'’-]*){0,3}");
    /** What a bracket before a task says of it rather than who does it: "(Done)", "(Optional)", "(TBD)", "(High)". */
    private static final Pattern STATE_WORD = Pattern.compile("(?i)done|open|closed|new|ongoing|on-?going|pending|in\\s+progress"
            + "|complete|completed|cancell?ed|deferred|carried(?:\\s+(?:forward|over))?|tbd|tba|wip|todo|to\\s+do|fyi|info|nb"
            + "|note|urgent|high|low|medium|optional|priority|critical|blocked|draft|reminder|repeat|recurring|n/?a|none");

    /**
     * "... on the site. (ACTION - Ann to raise a ticket)", "(Action: Bo to ask the list; Cy to ask the school)": an action
     * label opening a bracket after the minute, and in the bracket one or more undertakings that name their owners.
     */
    private static final Pattern BRACKETED_ACTIONS = Pattern.compile("^(?<before>.*?)\\s*(?:\\((?i:actions?)\\s*(?::|[-–—])?\\s*"
            + "(?:[-–—]\\s*)?(?<inner>[^()]{6,400})\\)"
            // "... on the tracker. [Actions: the web team will ...]": the same note in square brackets, as wikis write it.
            + "|\\[(?i:actions?)\\s*(?::|[-–—])\\s*(?<squared>[^\\[\\]]{6,400})])\\s*[.;]?\\s*$");

    /**
     * The undertakings an action label in brackets after a minute names ("We need a press address. (ACTION - Lee to make
     * a ticket; Bo to ask the host)"), each read as a sentence of its own; empty when the bracket is no such label or
     * names no owner (then "(Action: Ann)" is an owner mark, read by {@link #ownerMark(String)}).
     */
    static List<Found> bracketedActions(String text) {
        Matcher m = BRACKETED_ACTIONS.matcher(text.strip());
        if (!m.matches()) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        String inner = m.group("inner") != null ? m.group("inner") : m.group("squared");
        for (String piece : inner.split("\\s*;\\s*")) {
            List<Found> said = inSentence(piece.strip(), null);
            if (said.isEmpty()) {
                said = duties(piece);
            }
            if (said.isEmpty()) {
                said = keyedToOwner(piece.strip());
            }
            said.stream().filter(f -> !f.owners().isEmpty() && f.pronoun() == null)
                    .forEach(f -> out.add(new Found(f.owners(), f.task(), text, null)));
        }
        return out;
    }

    /**
     * "Ann Lee: book the hall", "All: bring a dish": inside an action label's brackets, the owner and a colon before
     * the task; the whole meeting may own it here, as the label says it is a task. Empty when what the colon follows
     * is no person, office or the whole meeting, or a person's task does not open with a verb ("Update: the hall is
     * booked").
     */
    private static List<Found> keyedToOwner(String piece) {
        Matcher m = KEYED_TO_OWNER.matcher(piece);
        if (!m.matches()) {
            return List.of();
        }
        String owner = m.group("owner").strip();
        if (LABEL_WORD.matcher(owner).matches()) {
            return List.of();
        }
        String task = capitalise(m.group("task").strip().replaceAll("[.;]+$", ""));
        if (ALL.matcher(owner).matches()) {
            return List.of(new Found(List.of(owner), task, piece, null));
        }
        String verb = m.group("task").strip().split("\\s+")[0];
        if (!verb.matches("\\p{Ll}{2,}") || !isBareVerb(verb) || NOT_A_VERB.matcher(verb).matches()) {
            // "Update: the hall is booked", "Status: done": a label and what it says, not an owner and a task.
            return List.of();
        }
        Found f = ownerColon(owner + ": " + m.group("task").strip());
        return f == null || f.owners().isEmpty() ? List.of() : List.of(new Found(f.owners(), task, piece, null));
    }

    /** "Status: done", "Next steps: ...": a word that labels what follows it, never whose the task is. */
    private static final Pattern LABEL_WORD = Pattern.compile("(?i)status|update|progress|outcome|result|notes?|comments?"
            + "|decision|deadline|due|done|open|closed|ongoing|pending|complete|completed|next\\s+steps?|summary|background"
            + "|context|details?|info|information|reminder|todo|to\\s+do");
    /** "Ann Lee: book the hall": an owner of a few words, a colon, and a task of two words at least. */
    private static final Pattern KEYED_TO_OWNER = Pattern.compile("^(?<owner>[^:,;]{2,60}?)\\s*:\\s*(?<task>\\S+\\s+\\S.*)$");

    /** The minute an action label in brackets follows, without the bracket; the text itself when there is none. */
    static String beforeBracketedActions(String text) {
        Matcher m = BRACKETED_ACTIONS.matcher(text.strip());
        return m.matches() ? m.group("before") : text;
    }

    /** The action items of a table cell holding a list of them ("- Duncan to prepare ...", "- Review the budget"). */
    static List<Found> inCell(String cell) {
        List<Found> out = new ArrayList<>();
        for (String piece : CELL_PIECES.split(cell)) {
            String p = piece.strip().replaceFirst("^[-•*]\\s+", "").strip();
            if (p.length() > 3 && !p.matches("(?i)n/?a|none|-+|tbd")) {
                out.add(actionLine(p));
            }
        }
        return out;
    }

    /** Whether an owner as written is the whole meeting ("All", "Everyone", "All members"). */
    static boolean isWholeMeeting(String owner) {
        return ALL.matcher(owner.strip()).matches();
    }

    /** Whether an owner as written is an acronym for a body or team ("TSC", "HR"). */
    static boolean isAcronym(String owner) {
        return ACRONYM.matcher(owner.strip()).matches();
    }

    /** Words that open what was settled rather than a task: "Budget: None", "Ann: The report was accepted". */
    private static final Pattern NOT_A_TASK_START = Pattern.compile("(?i)the|a|an|this|that|these|those|it|its|our|their"
            + "|his|her|no|none|nothing|yes|all|each|both|some|any|not|to|in|on|at|for|with|by|from|of|as|if|when|once"
            + "|unless|until|after|before|thanks|thank|motion|unanimous|see|tbd|tba|n/a|i|we|you|he|she|they|there|here"
            + "|happy|sorry|ready|great|good|fine|ok|okay|agree|disagree|sure|maybe|perhaps|also|just|probably|possibly"
            + "|definitely|interesting|nice|same|well|so|but|and|or|yeah|right|exactly|true|correct|question|comment|plus");

    /**
     * "Luther: Introduce Ann to Bo", "Ann/Bo: Sort out the rota": a line that gives the owners before the colon the task
     * after it, a verb in its bare form, as lists of what a meeting resolved write it; null otherwise. Whether the
     * owners are people is the caller's to judge.
     */
    static Found assignedLine(String text) {
        Found f = ownerColon(EMPHASIS.matcher(unnumbered(text.strip())).replaceAll(""));
        if (f == null || f.owners().isEmpty()) {
            return null;
        }
        String first = f.task().split("[\\s,;:.]+")[0];
        if (!first.matches("\\p{Lu}\\p{Ll}+") || !isBareVerb(first) || NOT_A_TASK_START.matcher(first).matches()
                || f.task().endsWith("?")) {
            return null;
        }
        return f;
    }

    /**
     * The word after a list item's first that makes the first a noun over a note rather than a command: "Summary of the
     * talks", "Budget is on track", "Grant approved", "Hall bookings".
     */
    private static final Pattern NOT_AFTER_COMMAND = Pattern.compile("(?i)of|is|are|was|were|has|have|had|will|would|can|could"
            + "|should|may|might|must|and|or|been|being|not|no|yet|\\p{L}+ed|\\p{L}*[^s\\W]s");
    /** "Election", "Treasurer", "Planning": words shaped as nouns, never the command a task opens with. */
    private static final Pattern NOUN_ENDING = Pattern.compile("(?i)\\p{L}+(?:ion|ment|ness|ity|ship|ance|ence|ing|ism|er|or|ary|ery)");

    /**
     * Whether a list line opens with a command, as a task does: "Ring the printer about the flyers", "Work with Bo on the
     * grant", "Reserve a stall"; not a topic and its note ("Summary of the talks", "Budget is on track").
     */
    static boolean opensWithCommand(String text) {
        String s = unnumbered(unchecked(EMPHASIS.matcher(text.strip()).replaceAll(""))).strip();
        String[] w = s.split("[\\s,;:]+", 3);
        if (w.length < 2 || !w[0].matches("\\p{Lu}\\p{Ll}+") || !isBareVerb(w[0]) || s.endsWith("?")) {
            return false;
        }
        String lower = w[0].toLowerCase(Locale.ROOT);
        boolean known = IMPERATIVE.matcher(lower).matches();
        // "Cost $74", "Item 4c": a word before a figure is a label. "Jim Lee resigned": a name before a name is no
        // command, "Contact Corey" or "Send ACME the map" is, with a verb that task lists open with.
        boolean next = w[1].matches("\\p{Ll}.*") || w[1].matches("\\p{Lu}{2,}") || known && w[1].matches("\\p{Lu}.*");
        return next && !NOT_A_TASK_START.matcher(lower).matches() && !NOT_A_VERB.matcher(lower).matches()
                && (known || !NOUN_ENDING.matcher(lower).matches()) && !NOT_AFTER_COMMAND.matcher(w[1]).matches();
    }

    /** Whether a list line opens with a task list's box, ticked or not: "[ ] Ann: book the hall", "[x] Call Bo". */
    static boolean isTaskBox(String text) {
        return CHECKBOX.matcher(EMPHASIS.matcher(text.strip()).replaceAll("")).lookingAt();
    }

    /**
     * A line of an action list's subsection ("### Immediate", "### Short-term"): a task list's line, its box ticked or
     * not, read as an action line would be ("[ ] Lee & Stephanie: Send the documents", "[ ] Plan the social"), or a
     * line that gives its owners before a colon and the task after it in a bare verb ("Bo – Pay the deposit"); null
     * for any other line.
     */
    static Found sortedTask(String text) {
        return isTaskBox(text) ? actionLine(EMPHASIS.matcher(text.strip()).replaceAll("")) : assignedLine(text);
    }

    /** An "Owner: task" or "Owner – task" list line, when the part before the colon names owners; else null. */
    static Found ownerColon(String text) {
        Found coded = codeOwners(unchecked(EMPHASIS.matcher(text.strip()).replaceAll("")).strip(), text);
        if (coded != null) {
            return coded;
        }
        Matcher m = OWNER_COLON.matcher(unchecked(text.strip()));
        if (!m.matches()) {
            return null;
        }
        String owner = m.group("owner").strip();
        // "KS, (DH, LM): draft the paper": the lead's initials, then in brackets those who help.
        String helped = owner.replaceAll("\\s*[()]\\s*", " ").replaceAll("\\s+,", ",").strip();
        if (owner.contains("(") && INITIALS_LIST.matcher(helped).matches()) {
            return new Found(List.of(helped.split("\\s*[,/&]\\s*")), capitalise(m.group("task").strip()), text, null);
        }
        if (ORGANISATION.matcher(owner).matches()) {
            // "Eclipse Foundation: explore ...": in a list of actions an organisation owns its line as a person would.
            return new Found(List.of(owner), capitalise(m.group("task").strip()), text, null);
        }
        if (!OWNER_ONLY.matcher(owner).matches() || !acceptable(owner)) {
            return null;
        }
        return new Found(owners(owner), capitalise(m.group("task").strip()), text, null);
    }

    /**
     * The owners a task list line gives in code spans, before the task ("`ann`, `bo` - book the hall") or after it
     * ("Book the hall - `ann`", "Book the hall (`ann`)"), with the task; null when it gives none. A span that says no
     * one ("`none`") gives no owner.
     */
    static Found codeOwners(String line, String text) {
        Matcher first = CODE_OWNERS_FIRST.matcher(line);
        String owner = null;
        String task = null;
        if (first.matches()) {
            owner = first.group("owner");
            task = first.group("task");
        } else {
            Matcher after = CODE_OWNERS_AFTER.matcher(line);
            if (after.matches()) {
                owner = after.group("owner") != null ? after.group("owner") : after.group("bracketed");
                task = after.group("task").replaceAll("\\s*[-–—:]+$", "");
            }
        }
        if (owner == null || task.isBlank()) {
            return null;
        }
        List<String> named = new ArrayList<>();
        Matcher span = CODE_SPAN_NAME.matcher(owner);
        while (span.find()) {
            String name = span.group().substring(1, span.group().length() - 1).strip();
            if (NOT_A_CODE_NAME.matcher(name).matches()) {
                return null;
            }
            if (!named.contains(name)) {
                named.add(name);
            }
        }
        return new Found(named, capitalise(task.strip()), text, null);
    }

    /**
     * "General Manager Okafor", "Finance Director Lee": an office, then the surname of the one who holds it, as the minutes
     * of boards and councils name their officers; the surname, or null when the words are no such pair.
     */
    private static String afterOffice(String owner) {
        Matcher m = OFFICE_THEN_NAME.matcher(owner.strip());
        return m.matches() ? m.group("name") : null;
    }

    /** "AS", "AT", "IN": a person's initials, two or three capitals, even where they spell a word. */
    private static final Pattern INITIALS_WORD = Pattern.compile("\\p{Lu}{2,3}");

    private static boolean acceptable(String subject) {
        if (OFFICER_ONLY.matcher(subject.strip()).matches()) {
            return true;
        }
        String written = subject.strip().split("\\s+")[0];
        // "AS to book the hall", "AT will bring the urn": initials in capitals, though they spell a small word.
        String first = INITIALS_WORD.matcher(written).matches() ? "" : written.toLowerCase(Locale.ROOT);
        if (IMPERATIVE.matcher(first).matches()) {
            // "Advise RimuHosting to close ...", "Find a recipient ...": a task list's item opens with its verb.
            return false;
        }
        if (NOT_SUBJECTS.contains(first) && !THE_BODY.matcher(subject.strip()).matches()
                && !THE_INITIALS_ONLY.matcher(subject.strip()).matches()
                && !REPRESENTED.matcher(subject.strip()).matches()) {
            return false;
        }
        if (COLLECTIVE_ONLY.matcher(subject).matches()) {
            return true;
        }
        for (String o : owners(subject)) {
            String held = afterOffice(o);
            String bare = held != null ? held : NameIndex.stripTitles(o);
            boolean titled = !bare.equals(o.strip());
            String[] words = bare.split("\\s+");
            if (words.length > 4 || NOT_SUBJECTS.contains(words[0].toLowerCase(Locale.ROOT))
                    && !INITIALS_WORD.matcher(words[0]).matches()) {
                return false;
            }
            for (String w : words) {
                if (NameIndex.ORG_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether an owner as written is a group of the meeting's people named by what they do, and the sentence it comes
     * from a request to them ("Developers are encouraged to add examples", "All Quill users are invited to ..."): no
     * one's name, but no stranger either. Not a plain statement about such a group ("Volunteers will get a ticket").
     */
    static boolean isInvitedGroup(String owner, String source) {
        return INVITED_GROUP_ONLY.matcher(owner.strip()).matches()
                && GROUP_INVITED.matcher(unnumbered(unchecked(EMPHASIS.matcher(source.strip()).replaceAll("")))).matches();
    }

    /** Whether an owner as written is the body or a part of it ("the group", "The board", "Open standards team"). */
    static boolean isCollective(String owner) {
        return COLLECTIVE_ONLY.matcher(owner.strip()).matches();
    }

    /** An owner in a form to compare: "the Clerk", "Clerk" and "our clerk" are one. */
    static String ownerKey(String owner) {
        return NameIndex.fold(owner).replaceFirst("^(?:the|our)\\s+", "");
    }

    /** Whether an owner is named by office alone ("Clerk", "the Chairman"). */
    static boolean isOfficer(String owner) {
        return OFFICER_ONLY.matcher(owner.strip()).matches();
    }

    /** Splits "Carol and Minouche", "A, B, and C", "X or Y", "A & B" into owners. */
    static List<String> owners(String subject) {
        String s = subject.strip();
        if (OFFICER_ONLY.matcher(s).matches()) {
            // "the Clerk", "Our Chair": the office as the minutes name it, article and all; the check knows who holds it.
            return List.of(s);
        }
        Matcher sent = REPRESENTED.matcher(s);
        if (sent.matches()) {
            // "The Acme, Globex and Initech representatives": each organisation's, "Acme representatives" and so on.
            List<String> each = new ArrayList<>();
            for (String org : OWNER_SPLIT.split(sent.group("orgs"))) {
                if (!org.isBlank()) {
                    each.add(org.strip() + " " + sent.group("word"));
                }
            }
            return each;
        }
        if (COLLECTIVE_ONLY.matcher(s).matches()) {
            return List.of(s);
        }
        List<String> out = new ArrayList<>();
        String[] parts = OWNER_SPLIT.split(s);
        // "Cllrs. O. Williams and W. Loynton": the plural title is each one's ("Cllr. O. Williams", "Cllr. W. Loynton").
        Matcher plural = PLURAL_TITLE.matcher(parts[0].strip());
        String shared = parts.length > 1 && plural.find() ? singular(plural.group("title")) + plural.group("dot") : null;
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            if (OFFICER_ONLY.matcher(part.strip()).matches()) {
                out.add(part.strip());
                continue;
            }
            if (shared != null) {
                part = NameIndex.isTitled(part) ? PLURAL_TITLE.matcher(part.strip()).replaceFirst(shared + " ")
                        : shared + " " + part.strip();
            }
            // "Ann/Bo" is two owners, and so is "Cllr. O. Williams/Clerk"; "City Manager/City Recorder Leanne Moll" is
            // one person with two offices, and "Clerk/RFO" one officer.
            String[] slashed = part.strip().split("\\s*/\\s*");
            boolean people = slashed.length > 1;
            boolean named = false;
            boolean officesFirst = true;
            for (int k = 0; k < slashed.length; k++) {
                String x = slashed[k];
                boolean officer = OFFICER_ONLY.matcher(x.strip()).matches();
                boolean name = !officer && !x.isBlank() && !NameIndex.isOnlyTitles(x)
                        && (NameIndex.stripTitles(x).equals(x.strip()) || NameIndex.isTitled(x));
                people &= officer || name;
                named |= name;
                officesFirst &= k == slashed.length - 1 || officer;
            }
            // "City Manager/City Recorder Leanne Moll": the offices before the name are that person's.
            people &= !officesFirst;
            if (people && named) {
                for (String x : slashed) {
                    out.add(x.strip());
                }
            } else {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** "Cllrs.", "Councillors", "Members": a title before several names, each of whom carries it. */
    private static final Pattern PLURAL_TITLE = Pattern.compile("^(?<title>(?i:Cllrs|Crs|Councill?ors|Councilmembers|Members"
            + "|Commissioners|Supervisors|Trustees|Directors|Messrs))(?<dot>\\.?)\\s+(?=\\p{Lu})");

    /** The title one of them carries: "Cllrs" gives "Cllr", "Councillors" "Councillor", "Messrs" "Mr". */
    private static String singular(String plural) {
        if (plural.equalsIgnoreCase("messrs")) {
            return "Mr";
        }
        return plural.substring(0, plural.length() - 1);
    }

    private static List<Found> tasks(List<String> owners, String rest, String cond, String sentence, String pronoun) {
        Matcher progressive = PROGRESSIVE.matcher(rest);
        if (progressive.matches() && !FOR_SOMEONE.matcher(progressive.group("between")).matches()) {
            // "Amy Greer would be working with her to set up payroll": the task is the part after "to".
            rest = progressive.group("task");
        } else if (!progressive.matches()) {
            // "will be preparing notes for us to read" stays no one's task; "will be looking into a bus" is the board's.
            Matcher going = GOING_ON.matcher(rest);
            if (going.matches() && !NOT_A_TASK_ING.matcher(going.group("verb")).matches()) {
                rest = going.group("task");
            }
        }
        boolean role = ROLE.matcher(rest).lookingAt();
        if (!role && NOT_A_TASK.matcher(rest).find() || owners.isEmpty() || ONLY_CONSENT.matcher(rest.strip()).matches()) {
            // "He will try.", "Jo will help.": consent to something said before, with no task of its own.
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        for (String part : SPLIT.split(rest)) {
            String p = part.strip();
            if (p.isEmpty() || NOT_A_TASK.matcher(p).find() && !ROLE.matcher(p).lookingAt()) {
                continue;
            }
            if (!p.endsWith(".") && !p.endsWith("!") && !p.endsWith("?") && rest.strip().endsWith(".")) {
                p = p + ".";
            }
            String task = cond == null ? capitalise(p) : capitalise(cond) + ", " + p;
            out.add(new Found(owners, task, sentence, pronoun));
        }
        return out;
    }

    /** The task a piece of work in hand names: "working on the list" gives "work on the list", "trying to" only the aim. */
    private static String ongoingTask(String verb, String rest) {
        String v = verb.replaceAll("\\s+", " ");
        return switch (v) {
            case "working on" -> "work on " + rest;
            case "working with" -> "work with " + rest;
            case "putting together" -> "put together " + rest;
            case "trying to" -> rest;
            default -> v.substring(0, v.length() - 3) + "e " + rest;
        };
    }

    static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int cp = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(cp)).append(s.substring(Character.charCount(cp)))
                .toString();
    }
}
