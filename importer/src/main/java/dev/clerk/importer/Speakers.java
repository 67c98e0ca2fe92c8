package dev.clerk.importer;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People the minutes record speaking, who were therefore there: "Michael Salch suggested ...", "Leanne Moll, City
 * Recorder, declared a quorum.", "Planning Director Ana Ruiz reported that ...". Only a full name (two words or
 * more, after any title) that opens the sentence and is followed by a verb of speaking counts; "Councilor Nyberg
 * noted" names no one new, and "The committee discussed" no one at all.
 */
final class Speakers {
    private static final String VERB = "(?:also\\s+|then\\s+|further\\s+)?(?:said|asked|noted|reported|"
            + "suggested|explained|commented|stated|stressed|added|announced|declared|thanked|welcomed|mentioned|"
            + "questioned|replied|responded|remarked|spoke|gave\\s+(?:a|an|the|his|her|their)\\s+(?:report|update|"
            + "overview|summary|presentation)|confirmed|advised|pointed\\s+out|clarified|was\\s+concerned|voiced|urged|"
            + "reminded|wondered|inquired|enquired|presented|introduced|expressed|requested|made\\s+(?:a\\s+)?comments?"
            + "|shared|summari[sz]ed|proposed|answered|kicked\\s+off|led\\s+(?:the\\s+|a\\s+)?discussion"
            // The minute book's ways of recording who took part: "presided", "took the chair", "read the minutes",
            // "delivered an oral report", "thought ...", "brought before the meeting the question of ...".
            + "|presided|took\\s+the\\s+chair|called\\s+the\\s+meeting\\s+to\\s+order|chaired\\s+the\\s+meeting|thought"
            + "|echoed|brought\\s+before\\s+the\\s+meeting|(?:gave|delivered|made|read)\\s+(?:a|an|the|his|her|their)\\s+"
            + "(?:[\\p{Ll}\\d-]+\\s+){0,2}(?:report|update|address|statement|minutes|correspondence)"
            + "|(?:consented|agreed|offered|volunteered)\\s+to\\s+take\\s+(?:the\\s+)?(?:notes|minutes)"
            + "|took\\s+(?:the\\s+)?(?:notes|minutes)"
            // "Ann Lee read the balance sheet", "made a few remarks", "opened the discussion", "contributed information".
            + "|read\\s+(?:the|his|her|their)\\s+(?:balance\\s+sheet|accounts|financial\\s+statements?)"
            + "|made\\s+(?:a\\s+few\\s+|some\\s+|brief\\s+)?remarks|(?:opened|opens)\\s+(?:the\\s+)?discussion"
            + "|contributed|contributes"
            // Being there, said outright: "Ann Lee attended and discussed ...", "Bo Chu joined us".
            // Not "attended the meeting", which a paragraph on another meeting (a workshop, a hearing) says as well.
            + "|attended(?=\\s+and\\b|\\s*[.,;]|$)|joined\\s+us\\b"
            // Minutes kept in the present tense: "Ann Lee reports that ...", "Bo Chen asks whether ...".
            + "|says|asks|notes|reports|suggests|explains|comments|states|mentions|announces|thanks|welcomes|presents"
            + "|introduces|requests|confirms|replies|responds|points\\s+out|clarifies|speaks|voices|summari[sz]es|answers"
            + "|gives\\s+(?:a|an|the|his|her|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:report|update|overview|summary|presentation))\\b";
    private static final Pattern SPOKE = Pattern.compile("^(?<name>(?:\\p{Lu}[\\p{L}'’.\\-]*\\s+){1,5}\\p{Lu}[\\p{L}'’\\-]+)"
            // "Phil Booth, Treasurer (pro tem) made a report": a bracket may close the office as well as a comma.
            + "(?:\\s*,\\s*(?<role>[^,]{2,80}?)(?:\\s*,|(?<=\\)))"
            // "Ann Lee, secretary presented the report": an office in lower case after the comma, none closing it.
            + "|\\s*,\\s*(?<office>\\p{Ll}+(?:\\s+\\p{Ll}+)?))?,?\\s+" + VERB);
    /**
     * "ANN LEE, Property Developer, spoke and ...": a guest's name in capitals, as some minutes and reports introduce
     * each speaker, with what they are or whom they speak for (commas and all) before the verb.
     */
    private static final Pattern CAPITALS_SPOKE = Pattern.compile("^(?<name>\\p{Lu}{2,}(?:['’\\-]\\p{Lu}+)?(?:\\s+\\p{Lu}{2,}"
            + "(?:['’\\-]\\p{Lu}+)?){1,2}),\\s*(?<role>\\p{Lu}[^,]{1,40}(?:,\\s*\\p{Lu}[^,]{1,40})?),\\s+" + VERB);
    /**
     * "The Hon. Treasurer, Ann Roe, read ...", "The President, T. Edwards read ...", "The treasurer Ann Roe presented":
     * the office that introduces the speaker, before the name, as reports of a meeting write it.
     */
    private static final Pattern OFFICE_BEFORE = Pattern.compile("^The\\s+(?<office>(?:(?:Hon\\.|Honorary|Acting|Joint)\\s+)?"
            + "(?:\\p{Lu}[\\p{L}'’\\-]*\\s+){0,2}\\p{Lu}[\\p{L}'’\\-]*,|(?:\\p{Ll}+\\s+)?\\p{Ll}+(?=\\s+\\p{Lu}[\\p{L}'’.\\-]*\\s+\\p{Lu}))"
            + "\\s+(?=\\p{Lu})");
    /** "6.1 Ann Lee gave ...": the number of a numbered paragraph, which is no part of its first sentence. */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2}){1,3}\\.?\\s+(?=\\p{Lu})");
    /**
     * "Director of Public Works and Utilities Jane Roe reported": a long office with small words in it, then the name
     * (its last two words before the verb).
     */
    private static final Pattern TITLED = Pattern.compile("^(?<title>\\p{Lu}[\\p{L}'’\\-]*(?:,?\\s+(?:\\p{Lu}[\\p{L}'’\\-]*"
            + "|of|and|for|the|&)){0,12}?)\\s+(?<name>\\p{Lu}[\\p{L}'’\\-]+\\s+\\p{Lu}[\\p{L}'’\\-]+)\\s+" + VERB);
    /** "But", "Then", "However,": a word that opens the sentence and is no part of a name. */
    private static final Pattern OPENER = Pattern.compile("^(?:But|And|So|Then|However|Also|Finally|Next|Later|Afterwards"
            + "|Meanwhile|Lastly|Additionally|Further|Furthermore|Moreover|Again|Here|Now|Still|Yet|Instead|Thus)\\b,?\\s+");
    /**
     * "After a review of the charter, ", "Following the break, ": a phrase of time before the comma that opens the
     * sentence, its speaker after it.
     */
    private static final Pattern LEAD_PHRASE = Pattern.compile("^(?:After|Before|Following|During|Upon|On|In)\\s+[^,]{1,60},\\s+"
            + "(?=\\p{Lu})");
    /** The head of an office, which a long office starts with ("Senior Director of ...", "General Counsel"). */
    private static final java.util.Set<String> OFFICE_HEADS = java.util.Set.of("senior", "general", "chief", "associate",
            "interim", "acting", "head", "principal", "lead", "managing");
    /**
     * Words of a department or programme ("Human Resources", "Continuous Improvement"), which end an office and are
     * never a person's name.
     */
    static final java.util.Set<String> DEPARTMENT_WORDS = java.util.Set.of("works", "utilities", "resources", "finance",
            "development", "operations", "education", "programs", "programmes", "support", "relations", "improvement",
            "affairs", "technology", "safety", "transportation", "recreation", "housing", "administration",
            "communications", "compliance", "facilities", "assessment", "evaluation", "instruction", "curriculum",
            "learning", "engagement", "equity", "maintenance", "parks", "schools", "students", "student", "services",
            "planning", "budget", "accounting", "information", "systems", "labor", "labour", "personnel", "legal",
            "human", "public", "community", "economic", "environmental", "special", "secondary", "elementary",
            "primary", "academic", "business", "fiscal", "capital", "projects", "library", "libraries", "water",
            "fire", "police", "health", "emergency", "management", "strategy", "policy", "research", "data",
            "accountability", "innovation", "outreach", "marketing", "sales", "events", "nutrition", "athletics");

    /**
     * "a presentation from Larry Masinter", "the talk by Ann Lee": the full name of one who gave a talk at the meeting.
     * A report by someone may be a paper sent in; a presentation, talk or briefing is given in the room.
     */
    private static final Pattern PRESENTATION_FROM = Pattern.compile("\\b(?:presentation|talk|briefing|demonstration|demo)"
            + "\\s+(?:from|by)\\s+(?<name>\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,2})(?![\\p{L}'’\\-])");
    /** "new Chairman, Alan Clark who answered questions": a full name inside the sentence that a clause has speak. */
    private static final Pattern WHO_SPOKE = Pattern.compile("(?<![\\p{L}'’.\\-])(?<name>\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}"
            + "[\\p{L}'’\\-]+){1,2}),?\\s+who\\s+" + VERB);
    /**
     * "Graham, John, James and Iain gave the presentation", "Ann and Bo reported": two or more names, each of one word
     * or more, joined by commas and "and" before a verb of speaking.
     */
    private static final Pattern SEVERAL = Pattern.compile("^(?<names>\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+)?"
            + "(?:\\s*,\\s*\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+)?)*,?\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}'’\\-]+"
            + "(?:\\s+\\p{Lu}[\\p{L}'’\\-]+)?)\\s+(?:(?:both|all|each|together|jointly)\\s+)?" + VERB);
    /**
     * "Cr Sampson moved that ...", "Councillor West seconded.", "Cllr Hardy 2nd.": a member of the body, by the title
     * of a seat on it and the surname alone, who opens the sentence moving, seconding or speaking. Moving and
     * seconding are done in the room; a member only named ("Crs West and Parks to form the committee") is not read.
     */
    private static final String MEMBER_TITLED = "(?:Cr|Cllr|Councillor|Councilor|Alderman|Alderwoman|Trustee|Commissioner"
            + "|Supervisor|Selectman|Selectwoman|Senator|Director)\\.?\\s+(?<name>\\p{Lu}[\\p{L}'’\\-]+)\\s+(?:" + VERB
            + "|(?:moved|seconded|2nd|amended|objected|dissented)\\b)";
    private static final Pattern MEMBER_SPOKE = Pattern.compile("^" + MEMBER_TITLED);
    /** "Cr Harker amended to Tuesday and Cr Hale 2nd.": a second member so, in a clause after "and". */
    private static final Pattern MEMBER_AFTER = Pattern.compile("(?<=\\s(?:and|then)\\s)" + MEMBER_TITLED);
    /** The courtesy titles and ranks written before a name in minute books and reports ("Mrs.", "Rev.", "Captain"). */
    static final String COURTESY_TITLES = "Mr|Mrs|Miss|Ms|Mx|Dr|Rev|Revd|Prof|Captain|Capt|Major|Colonel|Col";
    /**
     * A name as a minute book or a newspaper report writes it, by the courtesy title or rank before it: "Mrs. Lord",
     * "Rev. G.K. Haslam", "Captain E.C. Rowe", "Miss Clara Roe", and "Mrs. [Alice] Lord", where a transcriber put in
     * brackets the given name the clerk left out. The surname alone after the title is the clerk's whole name for the
     * person.
     */
    private static final String HONORIFIC_NAME = "(?:" + COURTESY_TITLES + ")\\.?\\s+(?:\\[[^\\[\\]]{1,40}\\]\\s+|(?:\\p{Lu}\\.\\s*){1,3}|\\p{Lu}[\\p{L}'’\\-]+\\s+(?=\\p{Lu})){0,3}"
            + "\\p{Lu}[\\p{L}'’\\-]+(?![\\p{L}'’\\-.])";
    /**
     * "Mrs. Lord suggested ...", "Mr Hale moved the adoption of the report", "The Secretary, Miss Ann Roe read the
     * report.": a sentence that opens with such a name (after the office that introduces it, if any) taking part.
     */
    private static final Pattern HONORIFIC_SPOKE = Pattern.compile("^(?:The\\s+\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*)?"
            + ",\\s+)?(?<name>" + HONORIFIC_NAME + ")(?:\\s*,\\s*(?<role>[^,]{2,60}?)\\s*,)?,?\\s+(?:" + VERB
            + "|(?:moved|seconded|presented)\\b)");
    /** "... was well attended with Mr B.C. Hale in the chair.": who presided, anywhere in the sentence. */
    private static final Pattern IN_THE_CHAIR = Pattern.compile("\\b[Ww]ith\\s+(?<name>" + HONORIFIC_NAME + "|\\p{Lu}[\\p{L}'’\\-]+"
            + "(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,2})\\s+in\\s+the\\s+chair\\b");

    /** Words that open a list in the subject's place without naming a person: "Staff and Council reported". */
    private static final java.util.Set<String> NOT_PEOPLE = java.util.Set.of("staff", "council", "members", "everyone",
            "committee", "board", "officers", "residents", "we", "they", "he", "she", "both", "all", "others", "questions",
            "comments", "discussion", "trustees", "directors", "volunteers", "guests", "visitors", "public", "chair");

    private Speakers() {
    }

    /**
     * Whether a word of a name, as {@code written} and in {@code lower} case, is a department's, a body's or an
     * office's ("Finance", "Council", "Dr", "ICT"), which no person's name has.
     */
    static boolean bodyOrOfficeWord(String written, String lower) {
        return DEPARTMENT_WORDS.contains(lower) || NameIndex.ORG_WORDS.contains(lower) || NameIndex.TITLES.contains(lower)
                || NameIndex.isAcronym(written);
    }

    /**
     * The people a sentence records speaking other than as its opening full name: one who gave "a presentation from
     * Ann Lee", a name with "who answered ..." after it, and each name of a list that opens it ("Graham, John and Iain
     * gave the presentation"), a first name alone included. Empty when the sentence names no one so.
     */
    static java.util.List<Speaker> others(String sentence) {
        java.util.List<Speaker> out = new java.util.ArrayList<>();
        if (sentence.length() > 400) {
            return out;
        }
        for (Pattern p : java.util.List.of(PRESENTATION_FROM, WHO_SPOKE)) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                String name = m.group("name");
                if (isPersonAfterOffice(name)) {
                    out.add(new Speaker(name, null));
                }
            }
        }
        Matcher m = SEVERAL.matcher(OPENER.matcher(sentence.strip()).replaceFirst(""));
        if (m.find()) {
            java.util.List<Speaker> list = new java.util.ArrayList<>();
            for (String part : m.group("names").split("\\s*,\\s*(?:(?:and|&)\\s+)?|\\s+(?:and|&)\\s+")) {
                String name = part.strip();
                boolean person = true;
                for (String w : name.split("\\s+")) {
                    String lw = w.toLowerCase(Locale.ROOT);
                    person &= !NOT_PEOPLE.contains(lw) && !OFFICE_HEADS.contains(lw) && !bodyOrOfficeWord(w, lw);
                }
                if (!person || !NameIndex.looksLikePersonName(name)) {
                    // "Finance, Legal and Ann Lee reported": a list with any part no person's name is not read.
                    return out;
                }
                list.add(new Speaker(name, null));
            }
            out.addAll(list);
        }
        return out;
    }

    /**
     * The members a sentence records moving, seconding or speaking by the title of their seat and the surname alone:
     * "Cr Sims moved ...", and "Cr Hale" in "Cr Harker amended to Tuesday and Cr Hale 2nd." Such a surname is someone
     * new only where the minutes list no one present; {@link #in} leaves it out for that reason.
     */
    static java.util.List<Speaker> members(String sentence) {
        java.util.List<Speaker> out = new java.util.ArrayList<>();
        if (sentence.length() > 400) {
            return out;
        }
        String text = OPENER.matcher(sentence.strip()).replaceFirst("");
        for (Pattern p : java.util.List.of(MEMBER_SPOKE, MEMBER_AFTER)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (!bodyOrOfficeWord(m.group("name"), m.group("name").toLowerCase(Locale.ROOT))) {
                    out.add(new Speaker(m.group("name"), null));
                }
            }
        }
        return out;
    }

    /**
     * The people a sentence records taking part by a courtesy title and their name, as a minute book or a newspaper
     * report of a meeting writes them ("Mrs. Lord suggested ...", "with Mr B.C. Hale in the chair"): each name as
     * written, with its title, a transcriber's brackets taken out ("Mrs. [Alice] Lord" is "Mrs. Alice Lord"). A title
     * before an office ("Mr. Chairman", "Mrs. President") names no one.
     */
    static java.util.List<Speaker> honorifics(String sentence) {
        java.util.List<Speaker> out = new java.util.ArrayList<>();
        if (sentence.length() > 400) {
            return out;
        }
        String text = OPENER.matcher(PARAGRAPH_NUMBER.matcher(sentence.strip()).replaceFirst("")).replaceFirst("");
        for (Pattern p : java.util.List.of(HONORIFIC_SPOKE, IN_THE_CHAIR)) {
            Matcher m = p.matcher(text);
            if (!m.find()) {
                continue;
            }
            String name = m.group("name").replaceAll("[\\[\\]]", "").replaceAll("\\s+", " ").strip();
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            if (bodyOrOfficeWord(surname, surname.toLowerCase(Locale.ROOT))
                    || !NameIndex.looksLikePersonName(NameIndex.stripTitles(name).replaceAll("(\\p{Lu}\\.)(?=\\p{Lu})", "$1 "))) {
                // "G.K. Haslam" is read as "G. K. Haslam": initials run together are no acronym.
                continue;
            }
            String role = p == HONORIFIC_SPOKE ? m.group("role") : null;
            out.add(new Speaker(name, role == null || !Character.isUpperCase(role.strip().codePointAt(0)) ? null : role.strip()));
        }
        return out;
    }

    /** A full name of two or three words, each capitalised, not run on from a word before it. */
    private static final String FULL_NAME = "(?<![\\p{L}'’.\\-])\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,3}";
    /**
     * "The meeting was chaired by the President Ann Lee", "a vote of thanks by joint secretary Bo Chu", "presided over
     * by Cy Dee", "A question was asked, from Eva Frey", "Presented by Ann Lee from Acme": whoever chaired the meeting,
     * gave its vote of thanks, asked a question or gave an item, after the office that introduces them.
     */
    private static final Pattern CHAIRED_BY = Pattern.compile("\\b(?:(?:was|were)\\s+(?:chaired|presided\\s+over|moderated)"
            // "Presented by Ann Lee from Acme" under an item's title: who gave it.
            + "|^(?i:presented|led|facilitated|moderated|chaired)"
            + "|vote\\s+of\\s+thanks(?:\\s+(?:was\\s+)?(?:proposed|moved|given|offered))?"
            // "A question was asked, from Ann Lee, about ...": who asked it was in the room.
            + "|questions?\\s+(?:was|were)\\s+(?:asked|raised|put)\\s*,?)\\s+(?:by|from)\\s+(?:the\\s+)?"
            + "(?<rest>(?:[\\p{L}'’.\\-]+\\s+){0,3}?" + FULL_NAME + ")");
    /**
     * "no challenges to Ann Lee chairing the meeting", "Ann Lee was chosen moderator", "Bo Chu was called to the
     * chair", "and Cy Dee was present as clerk", "Cllr. Eva Ray was also in attendance", "Eva Ray attended as an
     * observer": who presided over the meeting or is said to be there.
     */
    private static final Pattern PRESIDED = Pattern.compile("(?<name>" + FULL_NAME + ")\\s+(?:(?:chairing|presiding\\s+over"
            + "|moderating)\\s+the\\s+meeting|was\\s+(?:duly\\s+|unanimously\\s+)?(?:chosen|elected|appointed)\\s+(?:as\\s+)?"
            + "(?:the\\s+)?(?:moderator|chairman|chairwoman|chairperson|chair)\\s+(?:of|for)\\s+the\\s+meeting"
            + "|was\\s+(?:duly\\s+|unanimously\\s+)?chosen\\s+(?:as\\s+)?(?:the\\s+)?(?:moderator|chairman|chairwoman|chairperson)"
            + "|was\\s+called\\s+to\\s+the\\s+chair|was\\s+(?:also\\s+)?(?:present|in\\s+attendance)\\b(?!\\s+(?:at|for)\\s+(?:the\\s+)?"
            + "(?:next|following|future))"
            // "Cllr Bo Chu attended as an observer": one who came to watch, not to take part, was there all the same.
            + "|attended\\s+(?:(?:the|this|today['’]s|tonight['’]s)\\s+meeting\\s+)?as\\s+(?:an?\\s+)?(?:observer|guest|visitor)s?\\b)");

    /**
     * The people a sentence records presiding or being there by those words: who chaired the meeting ("chaired by the
     * President Ann Lee"), gave its vote of thanks, was chosen moderator, or "was present". Full names only, an office
     * before one taken off; "the next meeting will be chaired by Ann Lee" is no one at this meeting.
     */
    static java.util.List<Speaker> presiding(String sentence) {
        java.util.List<Speaker> out = new java.util.ArrayList<>();
        if (sentence.length() > 400 || sentence.matches("(?is).*\\b(?:will|shall|would|to\\s+be|next\\s+meeting)\\b.*")) {
            return out;
        }
        Matcher by = CHAIRED_BY.matcher(sentence);
        while (by.find()) {
            addNameAfterOffice(by.group("rest").split("\\s+"), out);
        }
        Matcher m = PRESIDED.matcher(sentence);
        while (m.find()) {
            addNameAfterTitles(m.group("name").split("\\s+"), out);
        }
        return out;
    }

    /** "the President Ann Lee": the name is the capitalised words at the end that are no office's, after an office. */
    private static void addNameAfterOffice(String[] words, java.util.List<Speaker> out) {
        int from = words.length;
        while (from > 0 && words.length - from < 3 && isPersonAfterOffice(words[from - 1])
                && !AttendanceParser.isOffice(words[from - 1])) {
            from--;
        }
        String lead = String.join(" ", java.util.Arrays.copyOfRange(words, 0, from));
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
        if (words.length - from >= 2 && (lead.isEmpty() || AttendanceParser.isOffice(lead)) && isPersonAfterOffice(name)) {
            out.add(new Speaker(name, null));
        }
    }

    /** "Chair Dr. Ann Lee": the name after the titles and offices written before it. */
    private static void addNameAfterTitles(String[] words, java.util.List<Speaker> out) {
        int from = 0;
        while (from < words.length && (NameIndex.TITLES.contains(words[from].toLowerCase(Locale.ROOT))
                || AttendanceParser.isOffice(words[from]))) {
            from++;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
        if (words.length - from >= 2 && isPersonAfterOffice(name)) {
            out.add(new Speaker(name, null));
        }
    }

    /**
     * "Meeting opened at 2:30 PM by Jo Hale", "The meeting was closed by the Chair, Jo Hale, at 9 pm", "The meeting was
     * called to order at 7:02 by Jo Hale": who opened, chaired or closed the meeting, after "by" and any office.
     */
    private static final Pattern OPENED_BY = Pattern.compile("(?i:\\b(?:meeting|session|agm|egm)\\s+(?:was\\s+)?"
            + "(?:formally\\s+|officially\\s+|duly\\s+)?(?:opened|re-?opened|closed|called\\s+to\\s+order|chaired|declared\\s+"
            + "(?:open|closed)|adjourned)(?:\\s+(?:at|@)\\s+\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?|hrs|h)?"
            + "|\\s+on\\s+[^.,;]{3,30}?){0,2}\\s*,?\\s+by\\s+(?:the\\s+)?)(?<rest>(?:[\\p{L}'’.\\-]+,?\\s+){0,3}?" + FULL_NAME + ")");
    /** "Jo Hale opened the meeting at 7 pm", "Chair Jo Hale closed the meeting": who opened or closed it, by name. */
    private static final Pattern OPENS_MEETING = Pattern.compile("(?<name>" + FULL_NAME + ")\\s+(?:formally\\s+|officially\\s+)?"
            + "(?:opened|re-?opened|closed|chaired)\\s+the\\s+(?:meeting|session)\\b");

    /**
     * The people a sentence records opening, chairing or closing the meeting ("Meeting opened at 2:30 PM by Jo Hale",
     * "Jo Hale closed the meeting"): full names only, an office before one taken off. Minutes that list no one present
     * name their chair so; "the next meeting will be opened by Jo Hale" is no one at this meeting.
     */
    static java.util.List<Speaker> opening(String sentence) {
        java.util.List<Speaker> out = new java.util.ArrayList<>();
        if (sentence.length() > 400 || sentence.matches("(?is).*\\b(?:will|shall|would|to\\s+be|next\\s+meeting)\\b.*")) {
            return out;
        }
        Matcher by = OPENED_BY.matcher(sentence);
        while (by.find()) {
            addNameAfterOffice(by.group("rest").replace(",", "").split("\\s+"), out);
        }
        Matcher m = OPENS_MEETING.matcher(sentence);
        while (m.find()) {
            addNameAfterTitles(m.group("name").split("\\s+"), out);
        }
        return out;
    }

    /** "Ann suggested ...", "Bo speaks about ...": a first name alone opening the sentence, then a verb of speaking. */
    private static final Pattern ALONE = Pattern.compile("^(?<name>\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*)\\s+" + VERB);
    /** Words that open a sentence as its subject and are no one's name. */
    private static final java.util.Set<String> NO_ONE = java.util.Set.of("it", "this", "that", "there", "these", "those",
            "someone", "somebody", "nobody", "none", "nothing", "nil", "everyone", "everybody", "all", "both", "neither",
            "each", "one", "who", "which", "anyone", "many", "several", "some", "most", "few", "another", "other",
            "attendees", "participants", "speakers", "management", "government");

    /**
     * The first name alone that a sentence has speak ("Louis suggested that ...", "Andi speaks about the licence"), or
     * null. Whether it is a person is for the caller to settle against the rest of the minutes (a word they never write
     * in lower case); a body, an office or a department ("Staff reported", "Finance noted") is never one.
     */
    static String alone(String sentence) {
        // Anchored at the sentence's first words, the reading holds for a paragraph a line break ran on into the next.
        Matcher m = ALONE.matcher(OPENER.matcher(PARAGRAPH_NUMBER.matcher(sentence.strip()).replaceFirst("")).replaceFirst(""));
        if (!m.find()) {
            return null;
        }
        String w = m.group("name");
        String lw = w.toLowerCase(Locale.ROOT);
        if (NOT_PEOPLE.contains(lw) || NO_ONE.contains(lw) || OFFICE_HEADS.contains(lw) || bodyOrOfficeWord(w, lw)
                || !NameIndex.looksLikePersonName(w)) {
            return null;
        }
        return w;
    }

    /**
     * Who speaks in a sentence.
     *
     * @param name the person's name without titles ("Leanne Moll")
     * @param role the role written beside it ("City Recorder"), or null
     */
    record Speaker(String name, String role) {
    }

    /** The person a sentence records speaking, or null when it opens with no full name followed by such a verb. */
    static Speaker in(String sentence) {
        if (sentence.length() > 400) {
            return null;
        }
        String numbered = PARAGRAPH_NUMBER.matcher(sentence.strip()).replaceFirst("");
        String text = LEAD_PHRASE.matcher(OPENER.matcher(numbered).replaceFirst("")).replaceFirst("");
        String before = null;
        Matcher office = OFFICE_BEFORE.matcher(text);
        if (office.find() && AttendanceParser.isOffice(office.group("office"))) {
            // "The Hon. Treasurer, Ann Roe, remarked ...", "The treasurer Ann Roe presented ...": the office is the role.
            before = office.group("office").replaceAll(",$", "").strip();
            text = text.substring(office.end());
        }
        Matcher caps = CAPITALS_SPOKE.matcher(text);
        if (caps.find()) {
            return inCapitals(caps.group("name"), caps.group("role"));
        }
        Matcher m = SPOKE.matcher(text);
        if (!m.find()) {
            return titled(text);
        }
        String[] words = m.group("name").split("\\s+");
        if (words[0].equals("The")) {
            // "The Open Banking Standard suggests ...": a thing with a name, not a person.
            return null;
        }
        int from = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}'’\\-]", "");
            if (NameIndex.TITLES.contains(w) || NameIndex.ORG_WORDS.contains(w)) {
                from = i + 1;
            }
        }
        if (words.length - from < 2) {
            return null;
        }
        String name = String.join(" ", Arrays.copyOfRange(words, from, words.length));
        if (!NameIndex.looksLikePersonName(name)) {
            return null;
        }
        if (m.group("office") != null && !AttendanceParser.isOffice(m.group("office"))) {
            // "Ann Lee, who said": no office after the comma, and no comma closing what is there.
            return null;
        }
        String role = m.group("role") == null ? m.group("office") : m.group("role").strip();
        if (role != null && !Character.isUpperCase(role.codePointAt(0)) && m.group("office") == null) {
            // "Ann Lee, who chairs the panel, said": not a role written as a title.
            role = null;
        }
        return new Speaker(name, before != null ? before : role);
    }

    /**
     * The speaker a name in capitals gives, written as a roster writes it ("ANN LEE" is Ann Lee), or null when a word of
     * it is an office's, a body's or a department's ("PARKS DEPARTMENT, Staff, reported").
     */
    private static Speaker inCapitals(String written, String role) {
        StringBuilder name = new StringBuilder();
        for (String w : written.split("\\s+")) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (NOT_PEOPLE.contains(lw) || OFFICE_HEADS.contains(lw) || DEPARTMENT_WORDS.contains(lw)
                    || NameIndex.ORG_WORDS.contains(lw) || NameIndex.TITLES.contains(lw)) {
                return null;
            }
            StringBuilder word = new StringBuilder(lw);
            for (int k = 0; k < word.length(); k++) {
                if (k == 0 || "'’-".indexOf(word.charAt(k - 1)) >= 0) {
                    // "O'NEIL-HART" is O'Neil-Hart.
                    word.setCharAt(k, w.charAt(k));
                }
            }
            name.append(name.length() == 0 ? "" : " ").append(word);
        }
        return NameIndex.looksLikePersonName(name.toString()) ? new Speaker(name.toString(), role.strip()) : null;
    }

    /** "Assistant Superintendent of Secondary Education Jane Roe presented": the name after a long office. */
    private static Speaker titled(String text) {
        Matcher m = TITLED.matcher(text);
        if (!m.find()) {
            return null;
        }
        String[] title = m.group("title").split("[\\s,]+");
        String head = title[0].toLowerCase(Locale.ROOT);
        String last = title[title.length - 1].toLowerCase(Locale.ROOT);
        if (!NameIndex.TITLES.contains(head) && !OFFICE_HEADS.contains(head) || CONNECTOR.contains(last)) {
            return null;
        }
        String name = m.group("name");
        return isPersonAfterOffice(name) ? new Speaker(name, m.group("title").strip()) : null;
    }

    /**
     * The people a sentence introduces with their offices: "Jo Kim introduced Director of Finance Ann Lee and Planner
     * Bo Chu, who ..." gives Ann Lee and Bo Chu (two-word names, each right before "and", "who", a comma or the end).
     */
    static java.util.List<Speaker> introduced(String sentence) {
        Matcher m = INTRODUCED.matcher(sentence);
        if (!m.find()) {
            return java.util.List.of();
        }
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (String w : m.group("rest").strip().split("\\s+")) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !CONNECTOR.contains(w)) {
                // "who gave a presentation": the list of people is over.
                break;
            }
            kept.add(w);
        }
        String[] words = kept.toArray(String[]::new);
        java.util.List<Speaker> out = new java.util.ArrayList<>();
        int since = 0;
        for (int k = 0; k + 1 < words.length; k++) {
            String second = words[k + 1];
            boolean ends = k + 2 == words.length || second.matches(".*[,.;:]") || words[k + 2].matches("and|&");
            if (!ends) {
                continue;
            }
            String name = words[k] + " " + second.replaceAll("[,.;:]+$", "");
            // Right after the verb or after "and" following another name, or after an office ("Director of ...").
            boolean office = false;
            for (int j = since; j < k; j++) {
                String w = words[j].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
                office |= NameIndex.TITLES.contains(w) || OFFICE_HEADS.contains(w);
            }
            boolean placed = k == since && (k == 0 || !out.isEmpty()) || office && !words[k - 1].endsWith(",");
            if (placed && !words[k].endsWith(",") && isPersonAfterOffice(name)) {
                out.add(new Speaker(name, null));
                since = k + 2 < words.length && words[k + 2].matches("and|&") ? k + 3 : k + 2;
            }
            if (words[k + 1].matches(".*[.;:]")) {
                break;
            }
        }
        return out;
    }

    /** A two-word name that no word of an office or department is part of. */
    private static boolean isPersonAfterOffice(String name) {
        for (String w : name.split("\\s+")) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (!Character.isUpperCase(w.codePointAt(0)) || NameIndex.TITLES.contains(lw) || OFFICE_HEADS.contains(lw)
                    || DEPARTMENT_WORDS.contains(lw) || NameIndex.ORG_WORDS.contains(lw)) {
                return false;
            }
        }
        return NameIndex.looksLikePersonName(name);
    }

    private static final java.util.Set<String> CONNECTOR = java.util.Set.of("of", "and", "for", "the", "&");
    private static final Pattern INTRODUCED = Pattern.compile("\\b(?:introduced|welcomed)\\s+(?:the\\s+(?:new\\s+)?|new\\s+)?"
            + "(?<rest>\\p{Lu}.*)$");
}
