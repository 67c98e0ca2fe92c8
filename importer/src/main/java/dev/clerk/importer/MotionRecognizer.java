package dev.clerk.importer;

import dev.clerk.model.MotionResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads motions from consecutive sentences: "Councilor Tuttle moved to accept ... Councilor Nyberg seconded.
 * Councilor Bahrman abstained. It passed 4-0.", "Moved by A, seconded by B, to approve ...; passed 5-0",
 * "M/S/C (A/B) to approve ...", "Motion by A, second by B, to ...", and a result on its own ("Motion passed 5-0.")
 * that closes the motion before it.
 */
final class MotionRecognizer {
    /** A capitalised word, whole: never the letters before the digit of a call sign ("KD" of "KD9XYZ"). */
    private static final String WORD = "\\p{Lu}[\\p{L}'’.\\-]*(?![\\p{L}\\d])";
    private static final String CALL_SIGN = NameIndex.CALL_SIGN;
    /**
     * A name, with the "(J)" councils write after a surname two members share ("Sheahan (J)"), and the call sign or
     * number some clubs write after each member's name ("Kent KA0LDG").
     */
    private static final String NAME = WORD + "(?:\\s+" + WORD + "){0,4}(?:\\s+" + CALL_SIGN + ")?(?:\\s+\\(\\p{Lu}\\))?";
    /** "After a brief discussion, " or "On resumption, ": a clause before the one that names the mover. */
    /** "the minutes be accepted", "we accept the report": what is moved, written without "that". */
    private static final String SUBJUNCTIVE = "(?:the|this|these|our|its)\\s[^.;]{0,120}?\\bbe\\s+\\p{Ll}+\\b.*|we\\s+\\p{Ll}+\\b.*";
    private static final String INTRO = "(?:(?:After|Following|Upon|On|At|With|Then|Later|Finally)\\b[^,]{0,150},\\s+(?:the\\s+)?"
            // "At 8:05 PM Ann Lee made a motion to adjourn": the time of day the motion was made, written without a comma,
            // after the heading in capitals that minutes run together on one line put before it ("ADJOURNMENT At 8:05 PM").
            + "|(?:\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})*\\s+)?(?-i:At|at)\\s+\\d{1,2}(?:[:.]\\d{2})?\\s*(?i:[ap]\\.?\\s?m\\.?)?\\s+)?";
    // "2012 Members Meeting: Ann Lee introduced a motion to ...": the topic run in before the sentence.
    private static final Pattern MOVED = Pattern.compile("^(?:Motion\\s*:\\s*|[^:.;]{2,60}:\\s+)?" + INTRO + "(?<mover>" + NAME + ")"
            // "Council Member Ames, seconded by Council Member Bell, moved to approve ...": the seconder set off by
            // commas between the mover and the verb, as council minutes write it.
            + "(?:\\s*,\\s*(?i:second(?:ed)?)\\s+by\\s+(?<seconder4>" + NAME + ")\\s*,)?\\s+"
            + "(?:moved|moves|motioned|motions|has\\s+(?:moved|motioned)"
            // "Ann Lee introduced a motion to ...", "... offered the following motion:", "... introduced a series of motions to".
            + "|(?:made|makes|put\\s+forward|puts\\s+forward|introduced|introduces|offered|offers)\\s+(?:a|the|another)"
            + "(?:\\s+following|\\s+series\\s+of)?\\s+motions?)\\s*[,;:]?\\s*"
            + "(?:(?:and\\s+)?(?:was\\s+)?(?i:seconded|second(?:ed)?|with\\s+a\\s+second)\\s+(?:by|from)\\s+(?<seconder>" + NAME
            + ")\\s*[,;]?\\s*"
            + "|(?:and\\s+)?(?<seconder3>" + NAME + ")\\s+second(?:ed|s)(?:\\s+the\\s+motion)?\\s*[,;]?\\s*)?"
            // "Mr Ames moved the adoption of the report": what is moved, named by the act of adopting it.
            + "(?<text>(?:to|that|for|approval|adoption|(?:the\\s+)?(?:adoption|approval|acceptance|receipt|confirmation"
            + "|ratification)\\s+of)\\b.*|" + SUBJUNCTIVE + ")?$");
    /**
     * "and minutes were unanimously approved", "and the motion was carried", "carried", "all in favour": the outcome told
     * after a mover and seconder, when the motion's words are the topic before them ("Minutes of 5 May: A proposed, B
     * seconded, and they were approved").
     */
    private static final String OUTCOME_CLAUSE = "(?i:(?:and\\s+)?(?:(?:the|these|those|they|it)\\s+)?(?:\\p{L}+\\s+){0,3}?"
            + "(?:was|were|is|are)\\s+(?:duly\\s+|then\\s+)?(?:unanimously\\s+)?(?:approved|carried|agreed|accepted|adopted|passed"
            + "|signed|confirmed)\\b.*|(?:and\\s+)?(?:it\\s+was\\s+)?(?:unanimously\\s+)?(?:carried|agreed|approved|resolved"
            + "|passed|all\\s+in\\s+favou?r)\\b.*)";
    /** "R2019-42 A. Lee, B. Chan: That ...", "Cllr Lee, Cllr Chan: THAT ...": a resolution headed by mover and seconder. */
    private static final Pattern HEADED_PAIR = Pattern.compile("^(?:(?i:resolution|res\\.|motion)\\s*(?:(?i:no\\.?|#)\\s*)?)?"
            + "(?:(?<number>\\p{Lu}{0,3}\\d{1,4}(?:[-/.]\\d{1,4}){1,2})\\s*[-–—.:]?\\s+)?(?<mover>" + NAME + ")\\s*[,/]\\s*"
            + "(?<seconder>" + NAME + ")\\s*[:–—-]\\s*(?<text>(?i:that|be\\s+it\\s+resolved|resolved)\\b.*)$");
    /** "Ann, Bo 2nd.", "Motioned Ann, Bo 2nded.", "Moved by Ann, Bo seconded": mover and seconder alone, the second marked. */
    private static final Pattern MARKED_PAIR = Pattern.compile("^(?:(?i:motioned|moved)(?:\\s+by)?\\s+)?(?<mover>" + NAME
            + ")\\s*[,/]\\s*(?<seconder>" + NAME + ")\\s+(?:2nd(?:ed)?|seconded)(?:\\s+(?:it|the\\s+motion))?\\s*[.;!]?$");
    /** An initial before a surname: "L. Smith", "J Hill", "A.B. Cole". */
    private static final Pattern INITIAL = Pattern.compile("(?:^|\\s)\\p{Lu}\\.?\\s+\\p{Lu}\\p{Ll}|(?:^|\\s)(?:\\p{Lu}\\.){2,}");
    /** "affirmed by unanimous voice vote", "unanimous", "all in favor": the outcome after a mover and seconder. */
    private static final Pattern AFFIRMED = Pattern.compile("(?i)\\b(?:affirmed|unanimous(?:ly)?|all\\s+in\\s+favou?r|agreed)\\b");
    /**
     * "Approve the agenda - AL moved, BC seconded at 7:06 PM", "Ann moved, Bo seconded, affirmed by voice vote": the
     * mover and seconder after the motion's words, with at most the time and the outcome after them.
     */
    private static final Pattern PAIR_AFTER_WORDS = Pattern.compile("^(?:(?<topic>.{3,200}?)(?:\\s*[-–—:;,]\\s+|\\.\\s+))?"
            + "(?<mover>" + NAME + ")\\s+(?:moved|motioned|proposed)(?:\\s+(?:it|the\\s+motion))?\\s*(?:,\\s*(?:and\\s+)?|;\\s*|\\s+and\\s+"
            + "|\\s*&\\s*)(?<seconder>" + NAME + ")\\s+(?:seconded|2nd(?:ed)?)(?:\\s+(?:it|the\\s+motion))?"
            + "(?<outcome>\\s*[,;]?\\s*(?:(?i:and\\s+)?(?:(?i:it\\s+was|the\\s+motion\\s+was|motion)\\s+)?(?i:unanimously\\s+)?"
            + "(?i:affirmed|approved|carried|passed|adopted|agreed)\\b[^.;]*)?(?:\\s*(?i:at)\\s+\\d{1,2}(?:[:.]\\d{2})?\\s*"
            + "(?i:[ap]\\.?\\s?m\\.?)?)?)\\s*[.;]?$");
    /** "A proposed and B seconded (the motion) that ...": a proposer is a mover when a seconder is named with them. */
    private static final Pattern PROPOSED_SECONDED = Pattern.compile("^(?:(?<topic>[^:]{3,100}?)\\s*:\\s+)?(?<mover>" + NAME
            + ")\\s+(?:proposed|moved)\\s*,?\\s*(?:and\\s+)?(?<seconder>" + NAME + ")\\s+seconded(?:\\s+(?:the|this|that|it)"
            + "(?:\\s+(?:motion|proposal))?)?\\s*[,;:]?\\s*(?:(?<text>(?:to|that)\\b.*|" + SUBJUNCTIVE + ")|(?<outcome>" + OUTCOME_CLAUSE
            + "))?$");
    /** "These were moved as correct by A and B", "proposed and seconded by A and B": the first moved, the second seconded. */
    private static final Pattern MOVED_BY_PAIR = Pattern.compile("(?i:\\b(?:proposed|moved)(?:\\s+and\\s+seconded)?(?:\\s+as\\s+"
            + "(?:correct|read|amended|circulated|presented|a\\s+(?:true|correct|accurate)\\s+record))?\\s+by\\s+)(?<mover>" + NAME
            + ")\\s+(?i:and)\\s+(?<seconder>" + NAME + ")\\s*[.;]?\\s*$");
    /**
     * "moved to APPROVE ordinance 2021-O-3", "moved to Adopt the budget": the verbs of what is moved, which clerks of
     * councils write in capitals or title case; after "moved to" they are no place ("moved to Portland").
     */
    private static final String MOTION_VERB = "(?i:approve|adopt|accept|appoint|re-?appoint|authori[sz]e|award|amend|adjourn|deny"
            + "|table|continue|ratify|recommend|receive|enter|go|direct|reject|postpone|select|elect|confirm|waive|suspend"
            + "|remove|refer|forward|grant|allow|add|pass|close|reconvene|recess|nominate|extend|renew|set|schedule|rescind"
            + "|reconsider|purchase|hire|execute|release|return|move|proceed|open|certify|designate|fund"
            + "|allocate|transfer|issue|introduce|vacate|dissolve|establish|create|declare|hold|send|submit|support|oppose)\\b";
    /** Sentence subjects that are not people: "She moved to Portland", "The meeting moved to item 4". */
    private static final java.util.Set<String> NOT_MOVERS = java.util.Set.of("he", "she", "they", "it", "we", "i", "you",
            "the", "this", "that", "there", "discussion", "meeting", "item", "everyone", "who", "staff", "one", "someone");
    /** "to the next item", "to Portland": "moved to" followed by a place, not by what is moved. */
    private static final Pattern NOT_MOTION_TEXT = Pattern.compile("^to\\s+(?:(?!" + MOTION_VERB + ")\\p{Lu}|(?:the|a|an|this|that"
            + "|another|next|new|his|her|their|its|our|item|room|town|city|state|country|area)\\b)");
    /**
     * "On the proposal of Councillor Teskey, seconded by Councillor O'Hanlon, it was agreed to ..." and "Upon the
     * proposition of A, seconded by B, it was resolved ...", as company and society AGMs write it, anywhere in a sentence.
     */
    private static final Pattern ON_MOTION = Pattern.compile("(?i:\\b(?:on|upon)\\s+(?:the\\s+|a\\s+)?(?:motion|proposal|proposition)"
            // "on a motion made by A and seconded by B, ...": the motion's mover named after "made by".
            + "\\s+(?:(?:made|moved|put)\\s+)?(?:of|by)\\s+)"
            + "(?<mover>" + NAME + ")\\s*,?\\s*(?i:(?:and\\s+)?(?:duly\\s+)?(?:seconded|second)\\s+by)(?:\\s+(?<seconder>" + NAME
            + "))?\\s*,?\\s*(?<text>.*)$");
    /**
     * "On motion of Mr. Vogel, it was voted that ...", "Upon motion by Dr. Lee the report was accepted": the mover
     * named at the head of the sentence and no seconder (a nameless "seconded and carried" is already taken out).
     */
    private static final Pattern ON_MOTION_ALONE = Pattern.compile("^(?i:(?:.{0,160}?(?:[,;]\\s*|\\s)and\\s+"
            + "|.{0,160}?[,;]\\s*)?(?:on|upon)\\s+(?:the\\s+)?motion\\s+(?:of|by|from)\\s+)(?<mover>" + NAME + ")\\s*,?\\s*(?<text>\\p{L}.*)$");
    /**
     * ", seconded and carried,", ", duly seconded,", ", seconded and unanimously carried": a second no one is named
     * for, and perhaps the result with it; it stands between the mover and what was moved ("Motion made by Mr. Vogel,
     * seconded and carried, that ...").
     */
    private static final Pattern NAMELESS_SECOND = Pattern.compile("(?i)\\s*,?\\s*(?:and\\s+)?(?:duly\\s+|properly\\s+)?"
            + "seconded(?!\\s+by\\b)(?:\\s*,?\\s*(?:and\\s+)?(?<result>(?:unanimously\\s+)?"
            + "(?:carried|passed|adopted|approved)(?:\\s+unanimously)?))?\\s*(?=[,;.:]|$)");
    /** "On motion duly made", "Motion duly made", "and on motion duly made": a motion the minutes name no mover for. */
    private static final Pattern DULY_MADE = Pattern.compile("^(?i:(?:.{0,160}?(?:[,;]\\s*|\\s)and\\s+)?"
            + "(?:(?:on|upon)\\s+)?(?:a\\s+)?motion\\s+(?:was\\s+)?duly\\s+(?:made|moved|put))\\s*,?\\s*(?<text>\\p{L}.*)?$");
    /** "it was voted that", "it was ordered that": the words before what was moved, when no mover leads it. */
    private static final Pattern IT_WAS_VOTED = Pattern.compile("(?i)^it\\s+was\\s+"
            + "(?:voted|ordered|resolved|agreed|decided)\\s+(?=(?:that|to)\\b)");
    /** "to form a Canvassing committee Elizabeth seconds": the seconder written after the motion, no comma between. */
    private static final Pattern TRAILING_SECOND = Pattern.compile("(?<=\\p{Ll}[\\p{L}'’]{0,30})\\s+"
            + "(?<who>\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+)?)\\s+second(?:s|ed)(?:\\s+(?:it|the\\s+motion))?\\s*[.!]?\\s*$");
    /** "The following amendment was proposed by A and seconded by B" anywhere in a sentence. */
    private static final Pattern PROPOSED_BY = Pattern.compile("(?i:\\b(?:was\\s+)?(?:proposed|moved|motioned|put\\s+forward|nominated)"
            + "(?:\\s+in\\s+(?:his|her|their)\\s+absence)?\\s+by\\s+)(?<mover>" + NAME + ")\\s*,?\\s*(?:(?i:(?:and\\s+)?"
            + "(?:duly\\s+)?seconded\\s+by)(?:\\s+(?<seconder>" + NAME + "))?|(?i:and\\s+)?(?<seconder2>" + NAME + ")\\s+"
            + "seconded(?:\\s+(?:the|this)\\s+(?:proposal|nomination|motion))?)\\s*,?\\s*(?<text>.*)$");
    /**
     * "... Insurance £210.00 - proposed Cllr Ash seconded Cllr Birch, pass for payment": a parish clerk's shorthand, the
     * names straight after the verbs with no "by", anywhere in a sentence.
     */
    private static final Pattern PROPOSED_SECONDED_BARE = Pattern.compile("(?:^|[-–—:;,(]\\s*|\\s)(?i:proposed|moved)\\s+"
            + "(?<mover>" + NAME + ")\\s*[,;]?\\s+(?i:seconded|second)\\s+(?<seconder>" + NAME + ")(?![\\p{L}\\d])\\s*[,;.)]?\\s*"
            + "(?<text>.*)$");
    /** "O'Hanlon, it was agreed to adjourn": the seconder's name a line break cut off, and what follows it. */
    private static final Pattern NAME_FIRST = Pattern.compile("^(?<name>" + NAME + ")(?<rest>(?:[.,;:]|\\s+\\p{Ll}|$).*)$");
    /** "The Mayor declared the motion proposed by A ... as carried": an outcome told of a motion already made. */
    private static final Pattern DECLARED = Pattern.compile("(?i)\\b(?:declared|declares|announced|vote\\s+(?:be|was)\\s+taken\\s+on"
            + "|put\\s+the\\s+(?:motion|amendment|proposal))\\b");
    private static final Pattern AGREED_TO = Pattern.compile("(?i)\\bit\\s+was\\s+(?:agreed|resolved|decided|proposed)\\s+"
            + "(?<text>(?:to|that)\\b.*)$");
    /** "Moved by Ann, seconded by Bo", "Motioned by Ann, Second Bo. Carried": the mover after the verb, the seconder after. */
    private static final Pattern MOVED_BY = Pattern.compile("(?i:^(?:Motion\\s*:\\s*)?(?:it\\s+was\\s+)?(?:(?:a\\s+)?motion\\s+)?(?:was\\s+)?"
            + "(?:moved|made|proposed|motioned)\\s*(?:by\\s*[:–—-]?\\s*|[:–—-]\\s*|\\s(?!(?i:that|to|the|this|a|an)\\b)(?=(?-i:" + NAME + ")\\s*[,;/]\\s*(?:seconded|second)\\b)))"
            + "(?<mover>" + NAME + ")(?:\\s*(?:,|and|;)\\s*(?i:(?:duly\\s+)?seconded|second)\\s+by\\s+"
            + "(?<seconder>" + NAME + "))?\\s*[,;./]?\\s*(?:(?i:(?:seconded|second(?:ed)?)(?:\\s*(?::|[–—-]|by\\s*:?)|\\s)\\s*)(?<seconder2>" + NAME + ")\\s*[,;.:]?\\s*)?"
            + "(?:(?<text>(?i:to|that)\\b.*)|(?<outcome>(?i:all\\s+in\\s+favou?r|agreed|carried|unanimously\\b|approved"
            + "|passed|resolved)\\b.*))?$");
    private static final Pattern MOTION_PAIR = Pattern.compile("^(?i:motion)\\s*\\((?<mover>" + NAME + ")\\s*/\\s*(?<seconder>"
            + NAME + ")\\)\\s*:?\\s*(?<text>(?:to|that)\\b.*)?$");
    private static final Pattern AYES = Pattern.compile("(?i)\\b(?:(?:ayes?|yeas?|in favou?r)\\s*[:=]?\\s*(\\d{1,2})\\b"
            + "|(\\d{1,2})\\s+(?:ayes?|yeas?|in favou?r)\\b)");
    private static final Pattern NOES = Pattern.compile("(?i)\\b(?:(?:noes|nays?|no|opposed|against)\\s*[:=]?\\s*(\\d{1,2})\\b"
            + "|(\\d{1,2})\\s+(?:noes|nays?|opposed|against)\\b)");
    private static final Pattern ABSTAIN = Pattern.compile("(?i)\\babstain(?:ed|ing|s|tions?)?\\s*[:=]?\\s*(\\d{1,2})\\b");
    /**
     * "Motion by Ann, seconded by Bo to ...", "Motion by Ann, second Bo": the motion's mover, then its seconder; also
     * "MOTION raised by Ann to accept the report, seconded by Bo", "Motion put by Ann that ...": the mover, the words
     * moved, and the second after them, which {@link #SECOND_IN_TEXT} reads.
     */
    private static final Pattern MOTION_BY = Pattern.compile("^(?i:(?:a\\s+)?motion\\s+(?:(?:was\\s+)?(?:made|moved|put|raised|brought"
            + "|proposed|submitted|tabled|introduced|put\\s+forward|brought\\s+forward)\\s+)?(?:by|from)\\s+)"
            + "(?<mover>" + NAME + ")(?:\\s*(?:,|and)?\\s*(?i:(?:(?:duly\\s+)?seconded|second(?:ed)?)\\s+(?:by\\s+)?)(?<seconder>"
            + NAME + ")\\s*,?\\s*|\\s+(?=(?i:to|that)\\s))(?<text>(?i:to|that)\\b.*)?$");
    private static final Pattern MOTION_TO = Pattern.compile("^(?i:(?:a\\s+|the\\s+)?motion\\s+(?:was\\s+made\\s+)?)(?<text>(?:to|that)\\b"
            + ".*?)\\s+(?i:(?:was\\s+)?(?:made|moved)\\s+)?by\\s+(?<mover>" + NAME + ")(?=\\s*(?:[,;.:]|\\b(?:and|with|as)\\b|$))"
            // "A motion to approve the minutes was made by Ann Lee with a change to item 3": how the mover would have it.
            + "(?<qualifier>\\s+(?:with|as)\\s[^.;]*)?"
            // "... was made by Ann Lee, Bo Chan second, with ...": the seconder's name before the verb, as notes write it.
            + "(?:\\s*(?:,|and)\\s*(?:(?i:(?:seconded|second)\\s+by\\s+)(?<seconder>" + NAME + ")|(?<seconder2>" + NAME
            + ")\\s+(?i:second(?:ed|s)?)\\b))?.*$");
    /** "... and Noah makes another motion to confirm Ann": a motion made in the second clause of a sentence. */
    private static final Pattern AND_MAKES_MOTION = Pattern.compile("(?:,\\s*|\\s)(?:and|then)\\s+(?<mover>" + NAME + ")\\s+"
            + "(?:makes|made)\\s+(?:a|another|the)\\s+motion\\s+(?<text>(?:to|that)\\b.*)$");
    /** "Motion to accept the substitute: Moved by Commissioner Fish and seconded by Commissioner Fritz." anywhere in a sentence. */
    private static final Pattern MOTION_COLON_MOVED = Pattern.compile("(?i:\\bmotion\\s+)(?<text>(?i:to|that)\\b[^:.;]{2,200}?)\\s*:"
            + "\\s*(?i:moved\\s+by)\\s+(?<mover>" + NAME + ")(?:\\s*(?:,|and|;)\\s*(?i:(?:duly\\s+)?seconded\\s+by)\\s+(?<seconder>"
            + NAME + "))?(?<rest>.*)$");
    /**
     * "First: Ian", "First: Ian [PASS]" under the motion's line, with "Second: Diana" after it; "Proposed Ann Lee" over
     * "Seconded Bo Chan", labels without their colons, under the heading of what was moved.
     */
    private static final Pattern FIRST = Pattern.compile("^(?:(?i:first(?:ed)?(?:\\s+by)?)\\s*:|(?i:proposed|moved)\\s+(?=\\p{Lu}))"
            + "\\s*(?<mover>" + NAME + ")(?=\\s*(?:[:,;\\[(]|$))(?<rest>.*)$");
    /** "Second: Diana", "Seconded by: Orion", "Seconded Orion Lee": the line after a "First: A" line. */
    private static final Pattern SECOND_LINE = Pattern.compile("(?i)^(?:[-•*]\\s+|\\d{1,2}[.)]\\s+)?\\W{0,2}(?:second(?:ed)?(?:\\s+by)?"
            + "\\s*:|seconded\\s+(?-i:\\p{Lu}))");
    /** "[PASS]", "[FAILED]": a result in brackets, as some minutes mark each vote. */
    private static final Pattern BRACKET_RESULT = Pattern.compile("(?i)\\[\\s*(pass(?:ed)?|carried|fail(?:ed)?)\\s*]");
    /** "* Matthew votes yes": one member's vote on a line of its own. */
    private static final Pattern VOTES = Pattern.compile("^(?:[-*•]\\s+)?(?<who>" + NAME + ")\\s+(?:votes?|voted)\\s+(?<how>yes|aye|in\\s+favou?r"
            + "|no|nay|against|to\\s+abstain|abstain)\\b.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MSC = Pattern.compile("(?i)\\b(?:m/s/c|m/s|msc|m\\.s\\.c\\.)\\b");
    private static final Pattern MSC_NAMES = Pattern.compile("\\(?(?<mover>" + NAME + ")\\s*/\\s*(?<seconder>" + NAME + ")\\)?");
    /** "Cr West 2nd.": the second as notes and old reports abbreviate it, only where the sentence ends with it. */
    private static final String SECOND_ABBREVIATED = "2nd(?=(?:\\s+the\\s+motion|\\s+it)?\\s*[.;!]?\\s*$)";
    /**
     * "Bo seconded", "Seconded by: Bo", and "Seconded Bo Chan" under a "Proposed Ann Lee" line: a label without its
     * colon, the name after it in capitals.
     */
    private static final Pattern SECONDED = Pattern.compile("^(?:(?<who>" + NAME + ")\\s+(?:second(?:ed|s)\\b|" + SECOND_ABBREVIATED
            + "|second(?=\\s*(?:the\\s+motion|it)?\\s*[.!]?\\s*$))|(?:The\\s+motion\\s+was\\s+|It\\s+was\\s+)?"
            + "(?:(?i:seconded|second(?:ed)?)\\s*(?:by\\s*[:–—-]?|[:–—-])|(?i:seconded)(?=\\s\\p{Lu}))\\s*(?<by>" + NAME + "))");
    private static final Pattern SECOND_IN_TEXT = Pattern.compile("(?:\\s*[;,]\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?<who>" + NAME
            // "..., Bo Chan second, with Cy Dee making it unanimous": the bare word, as notes write it, ending its clause.
            + ")\\s+(?:second(?:ed|s)\\b|second(?=\\s*(?:[,;.]|$))|" + SECOND_ABBREVIATED + ")(?:\\s+the\\s+motion)?|(?i:(?:duly\\s+)?seconded\\s+by)\\s+(?<by>"
            + NAME + "))");
    private static final Pattern ABSTAINED = Pattern.compile("^(?<who>.+?)\\s+abstain(?:ed|s)\\b");
    private static final Pattern RESULT = Pattern.compile("(?i)\\b(passed|passes|carried|carries|approved|adopted|failed|fails"
            + "|defeated|withdrawn|withdrew|tabled|died|lost|elected|re-elected|rejected)\\b");
    private static final Pattern RESULT_SUBJECT = Pattern.compile("(?i)^(?:it|the\\s+motion|motion|the\\s+vote|vote)?\\s*(?:was\\s+)?"
            + "(?:unanimously\\s+)?(passed|passes|carried|carries|approved|adopted|failed|fails|defeated|withdrawn|tabled|died"
            + "|lost)\\b|(?i)\\bthe\\s+motion\\s+(?:was\\s+|is\\s+)?(?:unanimously\\s+)?(passed|passes|carried|carries|failed|fails"
            + "|defeated|lost)\\b|(?i)^(?:duly\\s+|unanimously\\s+)?(?:re-)?elected\\b"
            // "The Board approved the motion 4-0.": the body that voted as the subject.
            + "|(?i)^the\\s+(?:board|council|committee|commission|members|membership|meeting)\\s+(?:unanimously\\s+)?"
            + "(approved|passed|adopted|carried|defeated|rejected)\\s+the\\s+motion\\b");
    private static final Pattern ALL_IN_FAVOUR = Pattern.compile("(?i)\\b(?:all|everyone|everybody)\\s+(?:present\\s+)?"
            + "(?:were\\s+|was\\s+|voted\\s+)?in\\s+favou?r\\b");
    private static final Pattern COUNTS = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[-–—]\\s*(\\d{1,2})(?:\\s*[-–—]\\s*(\\d{1,2}))?(?!\\d)"
            + "|(?i)(\\d{1,2})\\s+(?:to|in favou?r,?)\\s+(\\d{1,2})");

    /** "Ann Lee stands (proposed: Bo, seconded: Cy)", "(proposed by Bo; seconded by Cy)", "(prop. Bo, sec. Cy)". */
    private static final Pattern PAREN_PROPOSED = Pattern.compile("(?<text>.*?)\\s*\\((?i:proposed|proposer|prop\\.|moved|mover"
            + "|nominated|nominator)(?i:\\s+by)?\\s*:?\\s*(?<mover>" + NAME + ")\\s*[,;/]\\s*(?:and\\s+)?(?i:seconded|seconder"
            + "|second|sec\\.)(?i:\\s+by)?\\s*:?\\s*(?<seconder>" + NAME + ")\\s*\\)(?<rest>.*)$");
    /** "Cllr Rees was nominated and proposed by Cllr Ash", with the seconder, if any, in a sentence of its own. */
    private static final Pattern NOMINATED = Pattern.compile("^(?<nominee>" + NAME + ")\\s+(?:was|were)\\s+(?:duly\\s+)?"
            + "(?:nominated|proposed)(?:\\s+and\\s+(?:proposed|nominated))?(?:\\s+in\\s+(?:his|her|their)\\s+absence)?"
            + "(?:\\s+(?:as|for)\\s+[^.,;]{1,60}?)?\\s+by\\s+(?<mover>" + NAME + ")(?<after>\\s+\\p{Lu}\\p{Ll}*\\s+\\p{Ll}.*?)?\\s*[.;]*\\s*$");
    /** "Cllr Ash nominated Cllr Rees (as Vice Chair)". */
    private static final Pattern NOMINATES = Pattern.compile("^(?<mover>" + NAME + ")\\s+(?:nominated|nominates)\\s+(?<nominee>"
            // "Ann Lee nominated herself as treasurer": a member may stand on their own nomination.
            + NAME + "|himself|herself|themselves|themself)(?:\\s+(?:as|for)\\s+[^.;]{1,60}?)?(?<after>\\s+\\p{Lu}\\p{Ll}*\\s+\\p{Ll}.*?)?\\s*[.;]*\\s*$");
    /** "... accepted the nomination Cllr Ash seconded the proposal": a second told in the middle of a sentence. */
    private static final Pattern SECONDED_THE = Pattern.compile("(?<who>" + NAME + ")\\s+seconded\\s+(?:the|this|that)\\s+"
            + "(?:proposal|nomination|motion|amendment)\\b");
    /** An office as mover, as AGM minutes write it: "the (outgoing) Chair", "the retiring Treasurer". */
    private static final String OFFICE_MOVER = "(?:[Tt]he\\s+)?(?:\\([\\p{L} -]{2,20}\\)\\s+|(?:outgoing|incoming|retiring"
            + "|acting|former)\\s+)?" + NAME;
    /**
     * "A constitutional amendment was proposed by the (outgoing) Chair, ...", and "This motion was made by Ann." after
     * the words of what was moved.
     */
    private static final Pattern MOTION_PROPOSED_BY = Pattern.compile("^(?:(?:A|An|The|This|That)\\s+[^.]{0,80}?\\b(?i:motion|amendment"
            + "|resolution)\\b[^.]{0,40}?\\s+(?:was|were)\\s+(?:proposed|moved|put\\s+forward|tabled)"
            // "A motion was made by Mrs. Pryor, seconded ..." opens a motion of its own; "This motion was made by" tells
            // who moved the words before it.
            + "|(?:This|That)\\s+(?i:motion|proposal|resolution)\\s+was\\s+made)\\s+by\\s+(?<mover>"
            + OFFICE_MOVER + ")(?<rest>.*)$");
    /** "Cr Ash amended to Tuesday and Cr Bo 2nd", "Ann moved an amendment that ...": the mover of an amendment. */
    private static final Pattern AMENDED = Pattern.compile("^(?<mover>" + NAME + ")\\s+(?:amended|moved\\s+(?:an\\s+)?amendment)\\s+"
            + "(?<text>(?:to|that)\\b.*)$");
    /** "The (outgoing) Chair proposed a second amendment". */
    private static final Pattern PROPOSES_MOTION = Pattern.compile("^(?<mover>" + OFFICE_MOVER + ")\\s+(?:proposed|moved"
            + "|put\\s+forward|tabled)\\s+(?:a|an|the)\\s+[^.]{0,60}?\\b(?i:motion|amendment|resolution)\\b(?<rest>.*)$");

    /**
     * "Motion: to adopt the budget", "Motion to restripe the lot.", "RESOLUTION: That ...", "Moved that the minutes be
     * approved.": what is moved, no mover yet.
     */
    private static final Pattern PROPOSAL = Pattern.compile("^(?:[-•*]\\s+)?(?i:motion|resolution|proposal|moved)\\s*(?:[:–—-]\\s*)?"
            + "(?<text>(?i:to|that)\\s+\\S.{2,300}?)[.;]?$");
    /** "Motion: accept the report", "Resolution - Adopt the budget": the label says what follows is the motion. */
    private static final Pattern LABELLED_PROPOSAL = Pattern.compile("^(?:[-•*]\\s+)?(?i:motion|resolution|proposal)\\s*[:–—-]\\s*"
            + "(?<text>\\p{L}\\S*\\s+\\S.{2,300}?)[.;]?$");
    /** "the trustees", "the committee": a body that brings a proposal as one, as society minutes write it in lower case. */
    private static final String BODY_MOVER = "[Tt]he\\s+(?:trustees|directors|board|committee|executive|officers|council)";
    /**
     * "Nick Ames proposed the accounts be adopted", "Ann proposed: a vote on the new name", "Ann proposed 'Oak' and
     * 'Elm' as the team names", "Bo requested $150 for new drill bits", and "The trustees, therefore, proposed:" with the words on the lines after: a proposal, a
     * motion once someone seconds it or its outcome is told.
     */
    private static final Pattern PROPOSED_ALONE = Pattern.compile("^(?:[-•*]\\s+)?(?<mover>" + NAME + "|" + BODY_MOVER + ")"
            + "(?:\\s*,\\s*(?:therefore|then|accordingly|thus|also|again|finally)\\s*,)?\\s+(?:has\\s+)?"
            // "Ann requested $150 for drill bits. Motion passed.": a request the meeting then voted on.
            + "(?:proposed|proposes|moved|put\\s+forward|requested)(?:\\s*:\\s*$|(?:\\s*:\\s*|\\s+)(?<text>(?:that\\s+)?[\\p{Ll}'‘\"“$£€\\d]"
            + ".{5,300}?)[.;]?$)");
    /**
     * "... - unanimous approval from all the members attending", "...; carried", "... (agreed)": the outcome a clerk's
     * note puts after the words proposed, set off by a spaced dash, a semicolon or brackets.
     */
    private static final Pattern PROPOSAL_TAIL = Pattern.compile("(?i)(?:\\s+[-–—]\\s+|\\s*;\\s*|\\s*(?<bracket>\\()\\s*)(?<outcome>"
            // "approval" as the outcome only with "unanimous": "- approval of the printer is still needed" is not one.
            + "unanimous(?:ly)?\\s+(?:approval|approved|carried|agreed|passed|adopted|accepted)\\b"
            + "|(?:approved|carried|agreed|passed|adopted|accepted|rejected|defeated|failed)\\b"
            + "(?:\\s+unanimously\\b)?)(?<rest>[^;]*)$");
    /** "* Daniel moves.", "Ann so moved": the mover of the motion written above, on a line of their own. */
    private static final Pattern MOVES_ALONE = Pattern.compile("^(?:[-•*]\\s+)?(?<mover>" + NAME + ")\\s+(?:so\\s+)?"
            + "(?:moves|moved|proposes|proposed)(?:\\s+(?:it|this|the\\s+motion))?\\s*[.!]?$");
    /**
     * "This proposal was not accepted on cost grounds", "The proposal was unanimously agreed": the outcome of a proposal
     * made in the sentence before, told of the proposal itself.
     */
    private static final Pattern PROPOSAL_OUTCOME = Pattern.compile("(?i)^(?:[-•*]\\s+)?(?:(?:this|the|that|his|her|their)\\s+"
            // "This was approved", "This was most approved": a note's outcome of the proposal above it.
            + "(?:proposal|motion)|this|that)\\s+was\\s+(?:then\\s+|duly\\s+|most\\s+|generally\\s+|broadly\\s+)?(?<not>not\\s+)?"
            + "(?:unanimously\\s+)?(?<word>accepted|agreed|adopted|approved|carried|supported|endorsed|rejected|defeated|declined"
            + "|lost)\\b");
    /** "No opposes, no abstains", "None opposed", "No objections": a vote carried, though no word says so. */
    private static final Pattern UNOPPOSED = Pattern.compile("(?i)^(?:[-•*]\\s+)?(?:no\\s+(?:oppos\\w*|objections?|nays?|noes"
            + "|one\\s+opposed|votes?\\s+against|dissent)|none\\s+(?:opposed|against)|unopposed|without\\s+(?:objection|dissent))\\b");
    /**
     * "Cllr Cobb explained ... and she proposed & Cllr Evans seconded that ...", "After a discussion Ann proposed and Bo
     * seconded that ...": proposer and seconder named together inside a sentence, "she" or "he" the sentence's subject.
     */
    private static final Pattern PROPOSED_SECONDED_INSIDE = Pattern.compile("(?:^|[,;]\\s*|\\s(?:and|then|so)\\s+)(?<mover>"
            + NAME + "|[Hh]e|[Ss]he)\\s+(?:proposed|moved)\\s*,?\\s*(?:and|&)\\s+(?<seconder>" + NAME + ")\\s+seconded"
            + "(?:\\s+(?:the|this)\\s+(?:motion|proposal))?\\s*[,;:]?\\s*(?<text>(?:that|to)\\b.*)$");
    /** The person a sentence opens with ("Cllr Cobb explained ..."), whom a "she" later in it stands for. */
    private static final Pattern SUBJECT = Pattern.compile("^(?<who>" + NAME + ")\\s+\\p{Ll}");
    /** "Motion to rename the club will come to the next meeting": a motion told of, not one made. */
    private static final Pattern TOLD_OF = Pattern.compile("(?i)\\b(?:will|would|shall|next\\s+meeting|was\\s+(?:made|moved|put))\\b");
    /** "All in favor.", "All in favour, none opposed": a vote carried, told on a line of its own. */
    private static final Pattern ALL_IN_FAVOUR_LINE = Pattern.compile("(?i)^(?:[-•*]\\s+)?(?:all|everyone|everybody)\\s+"
            + "(?:present\\s+)?(?:were\\s+|was\\s+|voted\\s+)?in\\s+favou?r\\b(?!\\s+of\\b)");
    /** "Meeting adjourned at 19:50" after a motion to adjourn: the motion carried. */
    private static final Pattern ADJOURNED = Pattern.compile("(?i)^(?:[-•*]\\s+)?(?:the\\s+)?meeting\\s+(?:was\\s+)?"
            + "(?:duly\\s+)?adjourned\\b");

    private static final Pattern STEP_LINE = Pattern.compile("^(?:Motion\\b|MOTION\\b|Moved\\b|MOVED\\b|Seconded\\b|SECONDED\\b"
            + "|Second(?:\\s+by\\b|\\s*:)|SECOND\\b|(?:Carried|Passed|Failed|Defeated|Approved|Adopted|Unanimous(?:ly)?)\\b"
            + "|CARRIED\\b|PASSED\\b|FAILED\\b|All\\s+in\\s+favou?r\\b|(?:Vote|VOTE|Voted|VOTED|Ayes?|Yeas?)\\s*:)");


    private static final Pattern VOTE_TITLE = Pattern.compile("(?i)\\b(?:vote|voting|ballot|motion|resolution|ratification)\\b");

    private MotionRecognizer() {
    }

    /**
     * A motion's words alone, with its mover on the lines after it ("Motion: to adopt the budget" above "Moved: Ann
     * Lee"), or with only its result ("Motion to restripe the lot." above "Motion failed."); null for other sentences.
     * It is a motion only once such a line follows.
     */
    static Found proposal(String sentence) {
        String s = sentence.strip().replace("**", "").replace("__", "");
        Matcher m = PROPOSAL.matcher(s);
        if (!m.matches()) {
            m = LABELLED_PROPOSAL.matcher(s);
        }
        if (!m.matches()) {
            m = PROPOSED_ALONE.matcher(s);
            boolean body = m.matches() && m.group("mover").matches(BODY_MOVER);
            if (!m.matches() || !body && (NOT_MOVERS.contains(m.group("mover").split("\\s+")[0].toLowerCase(Locale.ROOT))
                    || NameIndex.isOnlyTitles(m.group("mover"))) || opens(sentence) != null) {
                return null;
            }
            Found f = new Found(sentence);
            f.mover = name(m.group("mover"));
            f.text = m.group("text") == null ? null : trimText(m.group("text"));
            Matcher tail = f.text == null ? null : PROPOSAL_TAIL.matcher(f.text);
            if (tail != null && tail.find() && tail.start() > 10 && (tail.group("bracket") == null || tail.group("rest").strip()
                    .matches("\\)?"))) {
                // "Ann proposed: a vote on the name - unanimous approval": the outcome told in the proposal's own line.
                f.result = tail.group("outcome").toLowerCase(Locale.ROOT).matches("(?:rejected|defeated|failed).*")
                        ? MotionResult.FAILED : MotionResult.PASSED;
                f.text = trimText(f.text.substring(0, tail.start()));
            }
            return f;
        }
        if (TOLD_OF.matcher(m.group("text")).find() || opens(sentence) != null) {
            return null;
        }
        Found f = new Found(sentence);
        f.text = trimText(m.group("text"));
        return f;
    }

    /** "Presenter: Ann Lee", "Proposed by: Ann Lee", "Sponsor: Ann Lee": the field naming who brings a motion forward. */
    private static final Pattern MOVER_FIELD = Pattern.compile("(?i:^(?:[-•*]\\s+)?(?:presenter|presented\\s+by|proposer|proposed\\s+by"
            + "|mover|moved\\s+by|sponsor|sponsored\\s+by|submitted\\s+by|introduced\\s+by|brought\\s+by)\\s*:\\s*)(?<who>" + NAME
            + ")\\s*\\.?$");
    private static final Pattern SECONDER_FIELD = Pattern.compile("(?i:^(?:[-•*]\\s+)?(?:seconder|seconded\\s+by|second)\\s*:\\s*)"
            + "(?<who>" + NAME + ")\\s*\\.?$");
    /** "Text: Approve the budget", "Wording: That ...": the field holding the motion's words. */
    private static final Pattern TEXT_FIELD = Pattern.compile("(?i)^(?:[-•*]\\s+)?(?:text|wording|motion|proposal|resolution)\\s*:"
            + "\\s*(?<text>\\S.*)$");
    /** "Resolution: Passed", "Outcome: Postponed to next meeting": the field holding what became of it. */
    private static final Pattern OUTCOME_FIELD = Pattern.compile("(?i)^(?:[-•*]\\s+)?(?:resolution|result|outcome|status|decision"
            + "|vote)\\s*:\\s*(?<outcome>(?:passed|carried|adopted|approved|agreed|failed|defeated|lost|rejected|withdrawn"
            + "|tabled|postponed|deferred)\\b.*)$");

    /**
     * A motion laid out as fields under a heading that names it ("### Motion #3" over "Presenter: Ann Lee", "Text:
     * Adopt the budget", "Resolution: Passed"): the one who presents a motion moves it. Null unless the heading names a
     * motion and the paragraphs give its mover and its words or outcome; {@code moved} is the motion its "Moved by:"
     * field already gave, if any, and {@code used} receives the paragraphs read.
     */
    static Found fields(String title, List<String> paragraphs, Found moved, List<String> used) {
        if (!Pattern.compile("(?i)\\b(?:motion|resolution|proposal)\\b").matcher(title).find()) {
            return null;
        }
        Found f = new Found(moved == null ? title : moved.source);
        if (moved != null) {
            f.mover = moved.mover;
            f.seconder = moved.seconder;
            f.result = moved.result;
        }
        List<String> read = new ArrayList<>();
        for (String p : paragraphs) {
            String t = p.strip().replace("**", "").replace("__", "");
            Matcher m;
            if (f.mover == null && (m = MOVER_FIELD.matcher(t)).matches() && !NameIndex.isOnlyTitles(m.group("who"))) {
                f.mover = name(m.group("who"));
            } else if (f.seconder == null && (m = SECONDER_FIELD.matcher(t)).matches()) {
                f.seconder = name(m.group("who"));
            } else if (f.result == null && (m = OUTCOME_FIELD.matcher(t)).matches()) {
                String outcome = m.group("outcome");
                if (outcome.toLowerCase(Locale.ROOT).matches("(?s)(?:tabled|postponed|deferred)\\b.*")) {
                    f.result = MotionResult.TABLED;
                } else {
                    closes(f, outcome);
                }
            } else if (f.text == null && (m = TEXT_FIELD.matcher(t)).matches()) {
                f.text = trimText(m.group("text"));
            } else {
                continue;
            }
            read.add(p);
        }
        if (f.mover == null || f.text == null && f.result == null) {
            return null;
        }
        f.text = f.text == null ? title.strip() : f.text;
        used.addAll(read);
        return f;
    }

    /** A motion as written, names as the minutes give them. */
    static final class Found {
        String text;
        String mover;
        String seconder;
        MotionResult result;
        Integer ayes;
        Integer noes;
        Integer abstentions;
        final List<String> abstainers = new ArrayList<>();
        /** The members whose own votes are recorded ("* Matthew votes yes"), as written. */
        final List<String> voters = new ArrayList<>();
        final String source;
        /** Whether the sentence ended at "seconded by Councillor" and the next line should name the seconder. */
        boolean awaitingSeconder;
        /** Whether the motion's words are on the line above, as in "Approval of Agenda:" above "First: Ann". */
        boolean wantsText;
        /** Whether the motion's words are the sentence before, as in "We agreed on oak. Ann moved, Bo seconded." */
        boolean wordsBefore;

        Found(String source) {
            this.source = source;
        }
    }

    /** "MOVED:", "Action:", "RESOLUTION -": the label of a motion's step, in any capitals, before a sentence of its own. */
    private static final Pattern STEP_LABEL = Pattern.compile("(?i)^(?:moved|motion|action|resolution|vote|voted|proposal"
            + "|proposed)\\s*[:–—-]\\s*(?=\\p{Lu})");

    /** "Moved by him that ...", "It was moved by her, seconded by Bo, to ...": a mover named by a pronoun. */
    private static final Pattern PRONOUN_MOVED = Pattern.compile("^(?i:(?:it\\s+was\\s+)?moved\\s+by\\s+)(?<pronoun>(?i:him|her|them))\\b");

    /**
     * The sentence with the mover it names by a pronoun ("Moved by him that the minutes be adopted") written as the
     * person the sentence before had as its subject; the sentence as it is when it names none so, or no one came before.
     */
    static String pronounMover(String sentence, String subject) {
        Matcher m = PRONOUN_MOVED.matcher(sentence.strip());
        if (subject == null || !m.lookingAt()) {
            return sentence;
        }
        // "Bert (VE2ZAZ)": the person, without the call sign or initials in brackets after the name.
        String who = subject.replaceAll("\\s*\\([^()]*\\)", "").strip();
        if (!who.matches("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}")
                || NOT_MOVERS.contains(who.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
            return sentence;
        }
        String s = sentence.strip();
        return s.substring(0, m.start("pronoun")) + who + s.substring(m.end());
    }

    /**
     * "Moved by Ann Lee, seconded by Bo Chan, and carried to adopt ...", "On a motion by Lee, seconded by Chan, ...": the
     * words a clerk opens the record of a motion with, before the mover's name.
     */
    private static final Pattern MOTION_RECORD = Pattern.compile("^(?i:(?:it\\s+was\\s+)?moved\\s+by|(?:on|upon)\\s+(?:a\\s+|the\\s+)?"
            + "motion\\s+(?:by|of)|(?:a\\s+)?motion\\s+(?:was\\s+)?(?:made\\s+)?by)\\s+(?=\\p{Lu})");

    /**
     * Whether what follows a label is the record of a motion with its mover ("Action: Moved by Lee, seconded by Chan, and
     * carried to adopt the consent calendar"): boards put the label "Action:" over what they did, which is then a
     * motion, not a task.
     */
    static boolean isMotionRecord(String text) {
        String s = text.strip().replace("**", "").replace("__", "");
        if (!MOTION_RECORD.matcher(s).lookingAt()) {
            return false;
        }
        Found f = opens(s);
        return f != null && f.mover != null;
    }

    /** "MOVER:", "Seconder -": the labels of a motion's steps as nouns, which say what "Moved:" and "Seconded:" say. */
    private static final Pattern STEP_NOUN = Pattern.compile("\\b((?i:mover|seconder))(?=\\s*[:–—-]\\s*\\p{Lu})");
    /**
     * "Motion: Director Lee; Second: Director Chan", "Motion by: Ann / Seconded: Bo": the label of the motion over its
     * mover alone, then the seconder, as boards record a vote taken by roll call.
     */
    private static final Pattern MOTION_OVER_MOVER = Pattern.compile("^(?i:motion)\\s*(?i:by\\s*)?:\\s*(?=" + NAME
            + "\\s*[;,/]\\s*(?i:second(?:ed)?(?:\\s+by)?|seconder)\\s*[:–—-]?\\s*\\p{Lu})");

    /** The sentence with a motion's steps labelled as verbs: "MOVER: Ann / SECONDER: Bo" as "Moved: Ann / Seconded: Bo". */
    static String stepsAsVerbs(String sentence) {
        String s = MOTION_OVER_MOVER.matcher(sentence).replaceFirst("Moved: ");
        return STEP_NOUN.matcher(s).replaceAll(r -> r.group(1).equalsIgnoreCase("mover") ? "Moved" : "Seconded");
    }

    /** A new motion opened by this sentence, or null. */
    static Found opens(String sentence) {
        String s = stepsAsVerbs(sentence.strip().replace("**", "").replace("__", ""))
                .replaceFirst("(?i)^motion\\s*:\\s*", "");
        Matcher label = STEP_LABEL.matcher(s);
        if (label.lookingAt()) {
            // "MOVED: President Ames moved, second by Councilor Bo, to ...", "Action: Ann Lee moved to ...": the label
            // of a motion's step, over a sentence that names the mover itself.
            Found inside = opens(sentence, s.substring(label.end()));
            if (inside != null && inside.mover != null) {
                return inside;
            }
        }
        Found f = opens(sentence, s);
        if (f != null) {
            return f;
        }
        // "Motion made by Mr. Vogel, seconded and carried, that ...", "On motion of Dr. Lee, duly seconded, the report
        // was accepted": read without the nameless second, which gives the result when it says "carried".
        Matcher second = NAMELESS_SECOND.matcher(s);
        boolean nameless = second.find() && second.start() > 0;
        String without = !nameless ? s : (s.substring(0, second.start()) + (second.end() < s.length() ? ", " : "")
                + s.substring(second.end()).replaceFirst("^\\s*[,;:]\\s*", "")).strip();
        f = nameless ? opens(sentence, without) : null;
        if (f == null) {
            f = withoutMover(sentence, without);
        }
        if (f == null) {
            return null;
        }
        if (f.text != null) {
            f.text = trimText(IT_WAS_VOTED.matcher(f.text).replaceFirst(""));
            String cut = cutResult(f.text);
            if (cut.length() < f.text.length()) {
                closes(f, f.text.substring(cut.length()));
                f.text = cut;
            }
        }
        if (nameless && f.result == null && second.group("result") != null) {
            f.result = MotionResult.PASSED;
        }
        return f;
    }

    /**
     * "On motion of Mr. Vogel, it was voted that ..." (the mover at the head of the sentence, no seconder) and "On motion
     * duly made, it was voted that ..." (no mover named): read once a nameless second was taken out of the sentence.
     */
    private static Found withoutMover(String sentence, String s) {
        Matcher m = ON_MOTION_ALONE.matcher(s);
        if (m.matches() && !NameIndex.isOnlyTitles(m.group("mover"))) {
            Found f = new Found(sentence);
            f.mover = name(m.group("mover"));
            f.text = trimText(m.group("text"));
            return f;
        }
        m = DULY_MADE.matcher(s);
        if (m.matches() && m.group("text") != null) {
            Found f = new Found(sentence);
            f.text = trimText(m.group("text"));
            return f;
        }
        return null;
    }

    private static Found opens(String sentence, String s) {
        Matcher m = MOTION_BY.matcher(s);
        if (!m.matches()) {
            m = MOTION_PAIR.matcher(s);
        }
        if (!m.matches()) {
            m = MOVED_BY.matcher(s);
        }
        if (!m.matches()) {
            m = PROPOSED_SECONDED.matcher(s);
        }
        if (!m.matches()) {
            m = MOVED.matcher(s);
        }
        if (m.matches() && !plausibleMove(m)) {
            return null;
        }
        if (!m.matches()) {
            m = MOTION_TO.matcher(s);
        }
        if (m.matches()) {
            Found f = new Found(sentence);
            f.mover = name(m.group("mover"));
            f.seconder = name(m.group("seconder"));
            if (f.seconder == null && m.pattern() == MOVED_BY && m.group("seconder2") != null) {
                f.seconder = name(m.group("seconder2"));
            }
            if (f.seconder == null && m.pattern() == MOTION_TO && m.group("seconder2") != null) {
                f.seconder = name(m.group("seconder2"));
            }
            if (f.seconder == null && m.pattern() == MOVED && m.group("seconder3") != null) {
                f.seconder = name(m.group("seconder3"));
            }
            if (f.seconder == null && m.pattern() == MOVED && m.group("seconder4") != null) {
                f.seconder = name(m.group("seconder4"));
            }
            f.text = m.group("text") == null ? null : trimText(m.group("text"));
            if (m.pattern() == MOTION_TO && m.group("qualifier") != null && f.text != null) {
                f.text = trimText(f.text + m.group("qualifier"));
            }
            if (m.pattern() == PROPOSED_SECONDED && m.group("outcome") != null) {
                // "Minutes of 5 May: DH proposed, and AM seconded, and minutes were unanimously approved": the motion is
                // the topic the sentence opens with, the outcome its last clause.
                closes(f, m.group("outcome"));
                if (f.result == null) {
                    f.result = MotionResult.PASSED;
                }
            }
            if (m.pattern() == PROPOSED_SECONDED && f.text == null && m.group("topic") != null) {
                f.text = trimText(m.group("topic"));
            }
            if (m.pattern() == MOVED_BY && m.group("outcome") != null) {
                // "Proposed: Cllr A; Seconded: Cllr B; all in favour."
                closes(f, m.group("outcome"));
                if (f.result == null && m.group("outcome").toLowerCase(Locale.ROOT).matches("(?s)(?:all\\s+in\\s+favou?r|agreed|resolved).*")) {
                    f.result = MotionResult.PASSED;
                }
            }
            if (f.text != null) {
                // "to accept the report; Maria Lopez seconded" or "..., seconded by Lopez": the second in the same sentence.
                Matcher second = SECOND_IN_TEXT.matcher(f.text);
                if (second.find() && second.start() > 0) {
                    f.seconder = f.seconder != null ? f.seconder
                            : name(second.group("who") != null ? second.group("who") : second.group("by"));
                    String after = f.text.substring(second.end());
                    f.text = f.text.substring(0, second.start()).strip();
                    if (!after.isBlank()) {
                        closes(f, after);
                    }
                }
                String cut = cutResult(f.text);
                if (cut.length() < f.text.length()) {
                    closes(f, f.text.substring(cut.length()));
                    f.text = cut;
                }
                Matcher trailing = TRAILING_SECOND.matcher(f.text);
                if (f.seconder == null && trailing.find() && !NameIndex.isOnlyTitles(trailing.group("who"))) {
                    // "Rosa motions to form a Canvassing committee Elizabeth seconds", as notes taken at speed put it.
                    f.seconder = name(trailing.group("who"));
                    f.text = trimText(f.text.substring(0, trailing.start()));
                }
            }
            return f;
        }
        Found block = firstSecond(sentence, s);
        if (block != null) {
            return block;
        }
        Found named = nominated(sentence, s);
        if (named != null) {
            return named;
        }
        Found together = proposedSeconded(sentence, s);
        if (together != null) {
            return together;
        }
        Found council = proposedBy(sentence, s);
        if (council != null) {
            return council;
        }
        Matcher pair = MOVED_BY_PAIR.matcher(s);
        if (pair.find() && !NameIndex.isOnlyTitles(pair.group("mover")) && !NameIndex.isOnlyTitles(pair.group("seconder"))) {
            Found f = new Found(sentence);
            f.mover = name(pair.group("mover"));
            f.seconder = name(pair.group("seconder"));
            f.text = trimText(s);
            return f;
        }
        Found amended = amendment(sentence, s);
        if (amended != null) {
            return amended;
        }
        Matcher msc = MSC.matcher(s);
        if (msc.find()) {
            Found f = new Found(sentence);
            // "M/S/C (Wong/Natarajan) to ..." or "Wong/Natarajan M/S/C to ...": the names next to the mark, not the mark.
            Matcher names = MSC_NAMES.matcher(s);
            if (names.find(msc.end()) || names.reset(s.substring(0, msc.start())).find()) {
                f.mover = name(names.group("mover"));
                f.seconder = name(names.group("seconder"));
            }
            if (msc.group().toLowerCase(Locale.ROOT).contains("c")) {
                f.result = MotionResult.PASSED;
            }
            Matcher to = Pattern.compile("\\b(to|that)\\b\\s+\\S.*$").matcher(s.substring(msc.end()));
            f.text = to.find() ? trimText(to.group()) : null;
            closes(f, s);
            return f.mover == null && f.text == null ? null : f;
        }
        Found headed = headedByPair(sentence, s);
        if (headed != null) {
            return headed;
        }
        Matcher marked = MARKED_PAIR.matcher(s.replaceFirst("^[-•*]\\s+", ""));
        if (marked.matches() && !NameIndex.isOnlyTitles(marked.group("mover")) && !NameIndex.isOnlyTitles(marked.group("seconder"))
                && !NOT_MOVERS.contains(marked.group("mover").split("\\s+")[0].toLowerCase(Locale.ROOT))) {
            // "Ann, Bo 2nd.", "Motioned Cy, Ann 2nded.": the pair alone, the motion's words before it.
            Found f = new Found(sentence);
            f.mover = name(marked.group("mover"));
            f.seconder = name(marked.group("seconder"));
            f.wordsBefore = true;
            return f;
        }
        return pairAfterWords(sentence, s);
    }

    /**
     * "R2019-42 A. Lee, B. Chan: That the accounts be paid. Carried.": a resolution headed by its number and by its
     * mover and seconder, as township councils print them. Without the number, the two must read as people by an initial
     * or a title ("Cllr Lee, Cllr Chan: That ..."), so that "Budget, Audit: That ..." stays a topic.
     */
    private static Found headedByPair(String sentence, String s) {
        Matcher m = HEADED_PAIR.matcher(s.replaceFirst("^[-•*]\\s+", ""));
        if (!m.matches()) {
            return null;
        }
        String mover = m.group("mover");
        String seconder = m.group("seconder");
        for (String who : List.of(mover, seconder)) {
            if (NameIndex.isOnlyTitles(who) || NOT_MOVERS.contains(who.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        if (m.group("number") == null && !(personShaped(mover) && personShaped(seconder))) {
            return null;
        }
        Found f = new Found(sentence);
        f.mover = name(mover);
        f.seconder = name(seconder);
        String text = trimText(m.group("text"));
        String cut = cutResult(text);
        if (cut.length() < text.length()) {
            closes(f, text.substring(cut.length()));
        }
        f.text = trimText(cut);
        return f;
    }

    /** Whether a name carries an initial or a title, as a person's does: "L. Smith", "Cllr Ames", "Mrs J Hill". */
    private static boolean personShaped(String name) {
        return INITIAL.matcher(name).find() || !NameIndex.stripTitles(name).equals(name.strip());
    }

    /**
     * "Approve the agenda - AL moved, BC seconded at 7:06 PM", "... left it to the chair. Ann moved, Bo seconded,
     * affirmed by voice vote.": mover and seconder named after the words of the motion, which are the topic before
     * them in the sentence, or else the sentence before ({@link Found#wordsBefore}).
     */
    private static Found pairAfterWords(String sentence, String s) {
        Matcher m = PAIR_AFTER_WORDS.matcher(s.replaceFirst("^[-•*]\\s+", ""));
        if (!m.matches()) {
            return null;
        }
        for (String who : List.of(m.group("mover"), m.group("seconder"))) {
            if (NameIndex.isOnlyTitles(who) || NOT_MOVERS.contains(who.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        Found f = new Found(sentence);
        f.mover = name(m.group("mover"));
        f.seconder = name(m.group("seconder"));
        String topic = m.group("topic");
        if (topic != null) {
            // "Approve previous agenda - Bo read, AL moved": the topic up to its dash or colon, not who read it.
            topic = trimText(topic.split("\\s+[-–—]\\s+|\\s*:\\s+", 2)[0]);
        }
        f.text = topic == null || topic.isEmpty() ? null : topic;
        f.wordsBefore = f.text == null;
        String outcome = m.group("outcome");
        if (outcome != null && !outcome.isBlank()) {
            closes(f, outcome);
            if (f.result == null && AFFIRMED.matcher(outcome).find()) {
                f.result = MotionResult.PASSED;
            }
        }
        return f;
    }

    /**
     * Forms that name the mover in the middle of a sentence or on a line of their own: "Motion to accept the report:
     * Moved by A and seconded by B.", "We welcome Ann and Noah makes another motion to confirm her", and the "First: A"
     * line of a "First: A / Second: B / Discussion" block, whose motion is the line above it ({@link Found#wantsText}).
     */
    private static Found firstSecond(String sentence, String s) {
        Matcher m = MOTION_COLON_MOVED.matcher(s);
        if (m.find()) {
            Found f = new Found(sentence);
            f.mover = name(m.group("mover"));
            f.seconder = name(m.group("seconder"));
            f.text = "Motion " + trimText(m.group("text"));
            closes(f, m.group("rest"));
            return f;
        }
        m = AND_MAKES_MOTION.matcher(s);
        if (m.find() && !NOT_MOVERS.contains(m.group("mover").split("\\s+")[0].toLowerCase(Locale.ROOT))) {
            Found f = new Found(sentence);
            f.mover = name(m.group("mover"));
            f.text = trimText(m.group("text"));
            return f;
        }
        m = FIRST.matcher(s.replaceFirst("^[-•*]\\s+", ""));
        if (m.matches() && !NameIndex.isOnlyTitles(m.group("mover")) && !m.group("mover").endsWith(".")
                && !NOT_MOVERS.contains(m.group("mover").split("\\s+")[0].toLowerCase(Locale.ROOT))) {
            Found f = new Found(sentence);
            f.mover = name(m.group("mover"));
            f.wantsText = true;
            bracketResult(f, m.group("rest"));
            return f;
        }
        return null;
    }

    /**
     * Whether a line is a step of a motion laid out a line at a time ("Moved: Ann Lee", "Second by Bo Chan", "Passed
     * 5-0", "All in favor"): it starts a paragraph of its own even without a full stop on the line before.
     */
    static boolean isStepLine(String line) {
        return STEP_LINE.matcher(stepsAsVerbs(line.strip())).find();
    }

    /** Whether a line is the "Second: B" line that follows "First: A". */
    static boolean isSecondLine(String line) {
        return SECOND_LINE.matcher(stepsAsVerbs(line.strip())).find();
    }

    /**
     * The "Motion to ...: Moved by A and seconded by B" motions inside a run of text too long to be read as sentences
     * (minutes extracted from a PDF, a whole agenda on one line): each with what follows it up to the next motion.
     */
    static List<Found> embedded(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = MOTION_COLON_MOVED.matcher(text);
        int from = 0;
        while (m.find(from)) {
            Found f = new Found(text.substring(m.start(), m.start("rest")).strip());
            f.mover = name(m.group("mover"));
            f.seconder = name(m.group("seconder"));
            f.text = "Motion " + trimText(m.group("text"));
            String rest = m.group("rest");
            closes(f, rest.substring(0, Math.min(rest.length(), 60)));
            out.add(f);
            from = m.start("rest");
        }
        return out;
    }

    /** "[PASS]" after a line of the motion: its result. */
    private static boolean bracketResult(Found f, String s) {
        Matcher r = BRACKET_RESULT.matcher(s);
        if (!r.find()) {
            return false;
        }
        f.result = r.group(1).toLowerCase(Locale.ROOT).startsWith("fail") ? MotionResult.FAILED : MotionResult.PASSED;
        return true;
    }

    /**
     * The motion a "First: A" line belongs to, from the line above it: "Approval of Agenda: [PASS]" is "Approval of
     * Agenda", with its result; null when that line is not short enough to be one.
     */
    static String motionAbove(Found f, String above) {
        String t = above.replace("**", "").replace("__", "").replaceFirst("^[-•*]\\s+", "").strip();
        if (t.length() > 200) {
            return null;
        }
        if (f.result == null) {
            bracketResult(f, t);
        }
        t = BRACKET_RESULT.matcher(t).replaceAll("").strip().replaceAll("[:.;,]+$", "").strip();
        return t.isEmpty() ? null : t;
    }

    /** Elections: "Ann Lee stands (proposed: Bo, seconded: Cy)", "Cllr Rees was nominated by Cllr Ash", "Cllr Ash nominated Cllr Rees". */
    private static Found nominated(String sentence, String s) {
        String t = s.replaceFirst("^[-•*]\\s+", "");
        Matcher m = PAREN_PROPOSED.matcher(t);
        if (m.matches()) {
            Found f = new Found(sentence);
            f.mover = name(m.group("mover"));
            f.seconder = name(m.group("seconder"));
            String text = trimText(m.group("text"));
            f.text = text.isEmpty() ? null : text;
            closes(f, m.group("rest"));
            return f;
        }
        m = NOMINATED.matcher(t);
        if (!m.matches()) {
            m = NOMINATES.matcher(t);
        }
        if (m.matches() && !NOT_MOVERS.contains(m.group("mover").split("\\s+")[0].toLowerCase(Locale.ROOT))) {
            Found f = new Found(sentence);
            f.mover = name(m.group("mover"));
            // "... by Cllr Ash There were no other nominations; Cllr Birch seconded the proposal": a line without its
            // full stop ran on into the next.
            String after = m.group("after");
            f.text = trimText(after == null ? t : t.substring(0, m.start("after")));
            Matcher second = after == null ? null : SECONDED_THE.matcher(after);
            if (second != null && second.find()) {
                f.seconder = name(second.group("who"));
            }
            return f;
        }
        return null;
    }

    /** "Ann Lee explained the cost and she proposed & Bo Chan seconded that ...": the pair inside the sentence. */
    private static Found proposedSeconded(String sentence, String s) {
        Matcher m = PROPOSED_SECONDED_INSIDE.matcher(s);
        if (!m.find()) {
            return null;
        }
        String mover = m.group("mover");
        if (mover.equalsIgnoreCase("he") || mover.equalsIgnoreCase("she")) {
            Matcher subject = SUBJECT.matcher(s);
            if (!subject.find() || subject.start("who") == m.start("mover")
                    || NOT_MOVERS.contains(subject.group("who").split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                return null;
            }
            mover = subject.group("who");
        } else if (NOT_MOVERS.contains(mover.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        Found f = new Found(sentence);
        f.mover = name(mover);
        f.seconder = name(m.group("seconder"));
        String text = m.group("text");
        f.text = trimText(cutResult(text));
        closes(f, text.substring(Math.min(text.length(), f.text.length())));
        return f;
    }

    /**
     * "An amendment was proposed by the Chair", "The Chair proposed an amendment": a mover and no seconder. "Cr Ash
     * amended to Tuesday and Cr Bo 2nd", "Ann moved an amendment that ..., seconded by Bo": an amendment moved, read
     * only with its seconder named in the same sentence ("The clerk amended to read ..." is no motion).
     */
    private static Found amendment(String sentence, String s) {
        String t = s.replaceFirst("^[-•*]\\s+", "");
        Matcher a = AMENDED.matcher(t);
        if (a.matches() && !NOT_MOVERS.contains(a.group("mover").split("\\s+")[0].toLowerCase(Locale.ROOT))
                && !NameIndex.isOnlyTitles(a.group("mover"))) {
            Matcher second = SECOND_IN_TEXT.matcher(a.group("text"));
            if (second.find() && second.start() > 0) {
                Found f = new Found(sentence);
                f.mover = name(a.group("mover"));
                f.seconder = name(second.group("who") != null ? second.group("who") : second.group("by"));
                f.text = trimText("Amendment " + a.group("text").substring(0, second.start()));
                closes(f, a.group("text").substring(second.end()));
                return f;
            }
        }
        Matcher m = MOTION_PROPOSED_BY.matcher(t);
        if (!m.matches()) {
            m = PROPOSES_MOTION.matcher(t);
        }
        if (m.matches()) {
            Found f = new Found(sentence);
            f.mover = name(m.group("mover"));
            f.text = trimText(t);
            closes(f, m.group("rest"));
            return f;
        }
        return null;
    }

    /** Whether a "X moved ..." match names a person moving something, not "She moved to Portland". */
    private static boolean plausibleMove(Matcher m) {
        if (m.pattern() != MOVED) {
            return true;
        }
        String first = m.group("mover").split("\\s+")[0].toLowerCase(Locale.ROOT);
        String text = m.group("text");
        return !NOT_MOVERS.contains(first) && (text == null || !NOT_MOTION_TEXT.matcher(text).find());
    }

    /**
     * "On the proposal of A, seconded by B, it was agreed to ..." and "The amendment was proposed by A and seconded by
     * B": council forms that name mover and seconder in the middle of a sentence.
     */
    private static Found proposedBy(String sentence, String s) {
        Matcher m = ON_MOTION.matcher(s);
        if (!m.find()) {
            m = PROPOSED_BY.matcher(s);
            if (!m.find()) {
                m = PROPOSED_SECONDED_BARE.matcher(s);
                if (!m.find() || NameIndex.isOnlyTitles(m.group("mover"))
                        || NOT_MOVERS.contains(m.group("mover").split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                    return null;
                }
            }
        }
        Found f = new Found(sentence);
        f.mover = name(m.group("mover"));
        f.seconder = name(m.group("seconder"));
        if (f.seconder == null && m.pattern() == PROPOSED_BY && m.group("seconder2") != null) {
            f.seconder = name(m.group("seconder2"));
        }
        if (f.seconder == null || NameIndex.isOnlyTitles(f.seconder)) {
            // "... and seconded by Councillor" with the name on the next line.
            f.seconder = null;
            f.awaitingSeconder = m.group("text").isBlank();
        }
        String rest = m.group("text");
        Matcher agreed = AGREED_TO.matcher(rest);
        if (agreed.find()) {
            f.text = trimText(agreed.group("text"));
            f.result = MotionResult.PASSED;
            if (agreed.group().toLowerCase(Locale.ROOT).contains("proposed")) {
                f.result = null;
            }
        }
        closes(f, rest);
        if (f.result == null) {
            closes(f, s.substring(m.start()));
        }
        return f;
    }

    /** "VOTED: 16-0-1 by roll call", "Vote: 5-2", "VOTED: unanimously": the tally under a "MOVED:" line, in any capitals. */
    private static final Pattern VOTE_TALLY = Pattern.compile("(?i)^(?:voted|vote|the\\s+vote\\s+was)\\s*[:–—-]?\\s*(?:(?<ayes>\\d{1,2})"
            + "\\s*[-–—]\\s*(?<noes>\\d{1,2})(?:\\s*[-–—]\\s*(?<abst>\\d{1,2}))?(?!\\d)|unanimous(?:ly)?\\b|yes\\b|aye\\b)");

    /**
     * Whether the sentence tells the outcome of a proposal made just before it ("Ann proposed that the club buy a gazebo.
     * This proposal was not accepted on cost grounds."), which it then records; the proposal is then a motion, with its
     * proposer the mover. Asked only of the sentences of the proposal's own paragraph.
     */
    static boolean decides(Found f, String sentence) {
        Matcher outcome = PROPOSAL_OUTCOME.matcher(sentence.strip().replace("**", "").replace("__", ""));
        if (f.result != null || f.mover == null || !outcome.lookingAt()) {
            return false;
        }
        boolean lost = outcome.group("not") != null
                || outcome.group("word").toLowerCase(Locale.ROOT).matches("rejected|defeated|declined|lost");
        f.result = lost ? MotionResult.FAILED : MotionResult.PASSED;
        return true;
    }

    /** Adds what a following sentence says (seconder, abstentions, result) to {@code f}; whether it said any. */
    static boolean continues(Found f, String sentence) {
        String s = stepsAsVerbs(sentence.strip());
        boolean said = false;
        if (f.awaitingSeconder) {
            f.awaitingSeconder = false;
            Matcher n = NAME_FIRST.matcher(s);
            if (n.matches()) {
                String name = name(n.group("name"));
                f.seconder = f.seconder == null ? name : f.seconder;
                String rest = n.group("rest");
                Matcher agreed = AGREED_TO.matcher(rest);
                if (f.text == null && agreed.find()) {
                    f.text = trimText(agreed.group("text"));
                    f.result = agreed.group().toLowerCase(Locale.ROOT).contains("proposed") ? null : MotionResult.PASSED;
                } else if (f.result == null) {
                    closes(f, rest);
                }
                return true;
            }
        }
        String plain = s.replace("**", "").replace("__", "").strip();
        if (f.text == null && f.mover != null && !f.wantsText && f.source.strip().endsWith(":")
                && plain.matches("(?i)^(?:that|to)\\s+\\S.{8,}")) {
            // "The trustees proposed:" and on the line below "That the trustees have permission to ...".
            f.text = trimText(plain);
            return true;
        }
        if (f.text == null && f.mover != null && !f.wantsText && plain.matches("^[\"“].{10,}")) {
            // "Gendreau made the following motion:" and the motion in quotes after it.
            f.text = trimText(plain.replaceAll("[\"“”]", ""));
            return true;
        }
        Matcher alone = MOVES_ALONE.matcher(s);
        if (f.mover == null && f.text != null && alone.matches() && !NameIndex.isOnlyTitles(alone.group("mover"))
                && !NOT_MOVERS.contains(alone.group("mover").split("\\s+")[0].toLowerCase(Locale.ROOT))) {
            f.mover = name(alone.group("mover"));
            return true;
        }
        if (f.result == null && (f.mover != null || f.seconder != null) && UNOPPOSED.matcher(s).find()) {
            f.result = MotionResult.PASSED;
            return true;
        }
        Matcher tally = VOTE_TALLY.matcher(plain);
        if (f.result == null && tally.lookingAt()) {
            // "VOTED: 16-0-1 by roll call (...)", "Vote: 5-2", "VOTED: Unanimously": the vote of a motion laid out a
            // step at a time, its result in the tally.
            if (tally.group("ayes") != null) {
                f.ayes = Integer.parseInt(tally.group("ayes"));
                f.noes = Integer.parseInt(tally.group("noes"));
                f.abstentions = tally.group("abst") == null ? null : Integer.valueOf(tally.group("abst"));
                f.result = f.ayes > f.noes ? MotionResult.PASSED : MotionResult.FAILED;
            } else {
                f.result = MotionResult.PASSED;
            }
            return true;
        }
        Matcher v = VOTES.matcher(s);
        if (v.matches()) {
            // "* Matthew votes yes": a roll call, counted.
            f.voters.add(v.group("who").strip());
            String how = v.group("how").toLowerCase(Locale.ROOT);
            if (how.startsWith("y") || how.startsWith("a") && !how.startsWith("ab") || how.startsWith("in")) {
                f.ayes = f.ayes == null ? 1 : f.ayes + 1;
            } else if (how.contains("abstain")) {
                f.abstentions = f.abstentions == null ? 1 : f.abstentions + 1;
            } else {
                f.noes = f.noes == null ? 1 : f.noes + 1;
            }
            return true;
        }
        Matcher m = SECONDED.matcher(s);
        if (m.find()) {
            f.seconder = name(m.group("who") != null ? m.group("who") : m.group("by"));
            said = true;
        } else if ((m = SECONDED_THE.matcher(s)).find() && f.seconder == null) {
            f.seconder = name(m.group("who"));
            said = true;
        }
        m = ABSTAINED.matcher(s);
        if (m.find() && m.group("who").length() < 120) {
            for (String o : ActionItemRecognizer.owners(m.group("who").replaceAll("(?i)^(with\\s+)", ""))) {
                f.abstainers.add(o);
            }
            said = true;
        }
        if (RESULT_SUBJECT.matcher(s).find() || f.result == null && said && RESULT.matcher(s).find()) {
            said |= closes(f, s);
        } else if (f.result == null && (ALL_IN_FAVOUR_LINE.matcher(s).find()
                || f.text != null && f.text.toLowerCase(Locale.ROOT).contains("adjourn") && ADJOURNED.matcher(s).find())) {
            // "All in favor." under the motion, or "Meeting adjourned at 19:50" under a motion to adjourn.
            f.result = MotionResult.PASSED;
            said = true;
        }
        if (said && f.result == null) {
            bracketResult(f, s);
        }
        // "Ayes: 5; Noes: 0; Abstain: 1" or "Vote: 4 in favor, 1 opposed", with or without a result word.
        Matcher ayes = AYES.matcher(s);
        Matcher noes = NOES.matcher(s);
        if (ayes.find() && noes.find() && f.ayes == null) {
            f.ayes = Integer.parseInt(ayes.group(1) != null ? ayes.group(1) : ayes.group(2));
            f.noes = Integer.parseInt(noes.group(1) != null ? noes.group(1) : noes.group(2));
            Matcher abstain = ABSTAIN.matcher(s);
            f.abstentions = abstain.find() ? Integer.valueOf(abstain.group(1)) : null;
            said = true;
        }
        return said;
    }

    /**
     * The earlier motion that {@code later} tells the outcome of ("The Chair declared the motion proposed by Cllr J. Ryan
     * and seconded by Cllr Roe as carried"): same mover's surname, a declaring sentence; null when it is a new motion.
     */
    static Found restated(List<Found> earlier, Found later) {
        if (later.mover == null || !DECLARED.matcher(later.source).find()) {
            return null;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Found e = earlier.get(i);
            if (e.mover != null && surname(e.mover).equals(surname(later.mover))
                    && (e.seconder == null || later.seconder == null || surname(e.seconder).equals(surname(later.seconder)))) {
                e.seconder = e.seconder == null ? later.seconder : e.seconder;
                e.result = later.result != null ? later.result : e.result;
                e.ayes = later.ayes != null ? later.ayes : e.ayes;
                e.noes = later.noes != null ? later.noes : e.noes;
                e.awaitingSeconder = later.awaitingSeconder;
                return e;
            }
        }
        return null;
    }

    /** "Councillor J. Sheahan" and "Cllr Sheahan (J)" both give "sheahan". */
    private static String surname(String name) {
        String[] words = name.replaceAll("\\s*\\(\\p{Lu}\\)$", "").strip().split("\\s+");
        return NameIndex.fold(words[words.length - 1]);
    }

    /**
     * A motion from a table row: its text, mover, seconder and status ("Passed", "Carried 5-0") as the columns give them;
     * null when the row names no mover and no text.
     */
    static Found fromRow(String text, String mover, String seconder, String status, String source) {
        if (text.isBlank() && mover.isBlank()) {
            return null;
        }
        Found f = new Found(source);
        f.text = text.isBlank() ? null : trimText(text);
        f.mover = mover.isBlank() ? null : name(mover);
        f.seconder = seconder.isBlank() ? null : name(seconder);
        if (!status.isBlank()) {
            closes(f, status);
        }
        return f;
    }

    /**
     * "Received and accepted the treasurer's report. AB, CD." and "The auditor was appointed (AB/CD)": a resolution as
     * a society's minutes record it, closed by the initials of its mover and its seconder.
     */
    private static final Pattern INITIALLED = Pattern.compile("^(?<text>.*?\\S)(?:(?<=[.!?])\\s+(?<mover>\\p{Lu}{2,4})\\s*[,/]\\s*"
            + "(?<seconder>\\p{Lu}{2,4})|\\s*\\(\\s*(?<mover2>\\p{Lu}{2,4})\\s*[,/]\\s*(?<seconder2>\\p{Lu}{2,4})\\s*\\))\\s*[.;]?$");
    /** The words that make a minute the record of what was decided: "received and accepted", "was elected", "were adopted". */
    private static final Pattern RECORDED = Pattern.compile("(?i)\\b(?:received|accepted|approved|adopted|ratified|confirmed"
            + "|declared|elected|re-?elected|appointed|resolved|agreed|carried|endorsed|nominat\\w*|was|were)\\b");

    /**
     * The resolution a minute records with the initials of its mover and seconder after it ("Received and accepted the
     * report. AB, CD.", "... was elected (AB/CD)"), passed unless it says otherwise; null when the minute ends otherwise,
     * records no decision, or is a task ("Book the hall. AB, CD", which names its owners so). Whose initials they are is
     * the caller's to check.
     */
    static Found initialled(String text) {
        Matcher m = INITIALLED.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String words = m.group("text").strip();
        String mover = m.group("mover") != null ? m.group("mover") : m.group("mover2");
        String seconder = m.group("seconder") != null ? m.group("seconder") : m.group("seconder2");
        if (mover.equals(seconder) || !RECORDED.matcher(words).find() || ActionItemRecognizer.opensWithCommand(words)) {
            return null;
        }
        Found f = new Found(text);
        f.mover = mover;
        f.seconder = seconder;
        f.text = words;
        if (!closes(f, words)) {
            f.result = MotionResult.PASSED;
        }
        return f;
    }

    /**
     * The vote an item's heading names ("Vote on PR 51", "UC 17 Vote", "Motion 3: Dues") with only its result under it
     * ("Approved unanimously", "APPROVED AND MERGED!"): a motion with the heading for its words and no mover, for the
     * minutes name none; null when the heading names no vote or the text is not a result alone.
     */
    static Found resultUnder(String title, String text) {
        if (!VOTE_TITLE.matcher(title).find() || !isResultOnly(text)) {
            return null;
        }
        Found f = new Found(text);
        f.text = title.strip();
        continues(f, text);
        return f.result == null ? null : f;
    }

    /** Whether a paragraph is only a result ("Motion passed 5-0."). */
    static boolean isResultOnly(String text) {
        String s = text.strip();
        return s.length() < 80 && (RESULT_SUBJECT.matcher(s).find() || ALL_IN_FAVOUR_LINE.matcher(s).find());
    }

    private static boolean closes(Found f, String s) {
        Matcher r = RESULT.matcher(s);
        if (!r.find()) {
            if (ALL_IN_FAVOUR.matcher(s).find()) {
                // "... and all were in favour": carried, though no word says so.
                f.result = MotionResult.PASSED;
                return true;
            }
            return false;
        }
        String word = r.group(1).toLowerCase(Locale.ROOT);
        f.result = switch (word) {
            case "failed", "fails", "defeated", "lost", "died", "rejected" -> MotionResult.FAILED;
            case "withdrawn", "withdrew" -> MotionResult.WITHDRAWN;
            case "tabled" -> MotionResult.TABLED;
            default -> MotionResult.PASSED;
        };
        Matcher c = COUNTS.matcher(s);
        if (c.find(r.start()) || c.find(0)) {
            if (c.group(1) != null) {
                f.ayes = Integer.parseInt(c.group(1));
                f.noes = Integer.parseInt(c.group(2));
                f.abstentions = c.group(3) == null ? null : Integer.parseInt(c.group(3));
            } else {
                f.ayes = Integer.parseInt(c.group(4));
                f.noes = Integer.parseInt(c.group(5));
            }
        }
        return true;
    }

    /** A name as matched, without the sentence's full stop ("Tuttle." is "Tuttle"). */
    private static String name(String matched) {
        // "Cllr.Rees" is "Cllr. Rees": a title written without its space.
        return matched == null ? null : matched.strip().replaceAll("[.,;:]+$", "")
                .replaceFirst("^((?i:cllrs?|cr|dr|mrs?|ms|mx|prof|rev|sgt|capt|hon))\\.(?=\\p{Lu})", "$1. ");
    }

    private static String trimText(String text) {
        return text.strip().replaceAll("[.;,:]+$", "").strip();
    }

    /** "to approve the minutes; motion carried 5-0" → "to approve the minutes". */
    private static String cutResult(String text) {
        Matcher m = Pattern.compile("(?i)[;,.]?\\s*(?:and\\s+)?(?:the\\s+)?(?:motion\\s+)?(?:was\\s+)?(?:unanimously\\s+)?"
                + "(?:passed|carried|approved unanimously|failed)\\b.*$").matcher(text);
        if (m.find() && m.start() > 10) {
            return text.substring(0, m.start()).strip();
        }
        return text;
    }
}
