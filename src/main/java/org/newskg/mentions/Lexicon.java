package org.newskg.mentions;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.model.Names;

/**
 * Cue words of English news writing about technology companies: job titles, organization nouns
 * and suffixes, country names and demonyms, naming shapes of models and chips. Generic knowledge
 * about the language and the domain only; no names of particular companies, people or products.
 */
public final class Lexicon {
    private Lexicon() {}

    /** Regex alternation of words that stand for "model" in news copy, singular or plural. */
    public static final String MODEL_NOUN = "(?:models?|LLMs?|chatbots?|systems?|offerings?)";
    /**
     * Nouns news gives AI software sold as a tool rather than named a model ("its coding tool X",
     * "X, the AI assistant"), in the singular: the word before says it is AI, a bare "tool" or "app"
     * does not, and "research assistant" is a person's job.
     */
    public static final String AI_TOOL_NOUN = "(?:(?:coding|programming|AI|chat)\\s+(?:tool|assistant|agent|app))";
    /** Nouns for a chip. */
    public static final String CHIP_NOUN = "(?:chips?|GPUs?|CPUs?|processors?|accelerators?|semiconductors?|graphics cards?|superchips?|megachips?|graphics processing units?)";
    /** Nouns that name a kind of organization, with the type each implies. */
    public static final Map<String, String> ORG_NOUNS = Map.ofEntries(
            Map.entry("startup", "COMPANY"), Map.entry("start-up", "COMPANY"), Map.entry("company", "COMPANY"),
            Map.entry("firm", "COMPANY"), Map.entry("corporation", "COMPANY"), Map.entry("business", "COMPANY"),
            Map.entry("chipmaker", "COMPANY"), Map.entry("giant", "COMPANY"), Map.entry("conglomerate", "COMPANY"),
            // what a company does, as news puts it before the name: "electronics assembler Acme", "mobile operator Acme"
            Map.entry("manufacturer", "COMPANY"), Map.entry("assembler", "COMPANY"), Map.entry("supplier", "COMPANY"),
            Map.entry("operator", "COMPANY"), Map.entry("automaker", "COMPANY"), Map.entry("retailer", "COMPANY"),
            Map.entry("platform", "COMPANY"), Map.entry("venture", "COMPANY"), Map.entry("organization", "ORGANIZATION"), Map.entry("organisation", "ORGANIZATION"),
            Map.entry("group", "ORGANIZATION"), Map.entry("lab", "RESEARCH_LAB"), Map.entry("laboratory", "RESEARCH_LAB"),
            Map.entry("institute", "RESEARCH_LAB"), Map.entry("institution", "RESEARCH_LAB"), Map.entry("branch", "ORGANIZATION"),
            Map.entry("unit", "ORGANIZATION"), Map.entry("division", "ORGANIZATION"), Map.entry("subsidiary", "COMPANY"),
            Map.entry("hedge fund", "INVESTMENT_FIRM"), Map.entry("fund", "INVESTMENT_FIRM"),
            Map.entry("venture capital firm", "INVESTMENT_FIRM"), Map.entry("asset manager", "INVESTMENT_FIRM"),
            Map.entry("bank", "COMPANY"), Map.entry("university", "UNIVERSITY"), Map.entry("publication", "MEDIA"),
            Map.entry("newspaper", "MEDIA"), Map.entry("magazine", "MEDIA"), Map.entry("outlet", "MEDIA"),
            Map.entry("agency", "GOVERNMENT"), Map.entry("ministry", "GOVERNMENT"), Map.entry("regulator", "GOVERNMENT"));
    /** Regex alternation of the organization nouns (singular or plural), longest first. */
    public static final String ORG_NOUN = alternation(ORG_NOUNS.keySet(), "(?:s|es)?");

    /** Last words of organization names, with the type each implies. */
    public static final Map<String, String> ORG_SUFFIXES = Map.ofEntries(
            Map.entry("Inc", "COMPANY"), Map.entry("Inc.", "COMPANY"), Map.entry("Corp", "COMPANY"), Map.entry("Corp.", "COMPANY"),
            Map.entry("Corporation", "COMPANY"), Map.entry("Ltd", "COMPANY"), Map.entry("Ltd.", "COMPANY"), Map.entry("LLC", "COMPANY"),
            Map.entry("PLC", "COMPANY"), Map.entry("AG", "COMPANY"), Map.entry("GmbH", "COMPANY"), Map.entry("Technologies", "COMPANY"), Map.entry("Robotics", "COMPANY"),
            Map.entry("Technology", "COMPANY"), Map.entry("Labs", "RESEARCH_LAB"), Map.entry("Lab", "RESEARCH_LAB"),
            Map.entry("Research", "RESEARCH_LAB"), Map.entry("Institute", "RESEARCH_LAB"), 
            Map.entry("University", "UNIVERSITY"), Map.entry("College", "UNIVERSITY"), Map.entry("Academy", "UNIVERSITY"),
            Map.entry("Ventures", "INVESTMENT_FIRM"), Map.entry("Capital", "INVESTMENT_FIRM"), Map.entry("Partners", "INVESTMENT_FIRM"),
            Map.entry("Management", "INVESTMENT_FIRM"), 
            Map.entry("Investments", "INVESTMENT_FIRM"), Map.entry("Holdings", "COMPANY"), Map.entry("Holding", "COMPANY"), Map.entry("Group", "COMPANY"),
            Map.entry("Groupe", "COMPANY"),
            Map.entry("Networks", "COMPANY"), Map.entry("Semiconductor", "COMPANY"),
            Map.entry("Motors", "COMPANY"), Map.entry("Bank", "COMPANY"), Map.entry("AI", "COMPANY"),
            Map.entry("Times", "MEDIA"), Map.entry("Journal", "MEDIA"), Map.entry("News", "MEDIA"), Map.entry("Post", "MEDIA"),
            Map.entry("Ministry", "GOVERNMENT"), Map.entry("Department", "GOVERNMENT"), Map.entry("Commission", "GOVERNMENT"));
    /** First words of organization names ("University of ...", "Bank of ..."). */
    public static final Set<String> ORG_HEADS = Set.of("University", "Institute", "Bank", "Ministry", "Department",
            "Academy", "College", "School", "Center", "Centre", "Bureau", "Council", "Association", "Office");
    /** Last words of organizations' names beyond their legal forms and the suffixes above ("... Railway", "... Studies"). */
    public static final Set<String> ORG_LAST_WORDS = Set.of("Company", "Railway", "Railways", "Studies", "Association", "Society",
            "Foundation", "Council", "Trust", "Agency", "Authority", "Industries", "Services", "Systems", "Laboratories");
    /** Words that end a designation and may be left off a name ("Harbor Holdings" = "Harbor"). */
    public static final Set<String> DESIGNATORS = Set.of("Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.",
            "LLC", "PLC", "Group", "Holdings", "AI", "Co", "Co.", "Company");

    /** Whether a name's last word makes it an organization's: a legal form, a designation or a suffix ("Inc.", "Group", "Labs", "Foundation"). */
    public static boolean isOrganizationWord(String word) {
        return ORG_SUFFIXES.containsKey(word) || DESIGNATORS.contains(word) || ORG_LAST_WORDS.contains(word);
    }

    /** The name without a trailing designator: "Acme AI", "Acme Holdings" and "Acme Inc." are "Acme"; the name itself when it has none. */
    public static String withoutDesignator(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && DESIGNATORS.contains(name.substring(space + 1)) ? name.substring(0, space) : name;
    }

    /**
     * A key that names of one organization share however a story writes them: "Acme AI Corporation",
     * "Acme Corporation", "ACME" and "Acme's" have one key ({@link Names#key} of the name without its
     * designators).
     */
    public static String organizationKey(String name) {
        String shorter = withoutDesignator(name);
        return shorter.equals(name) ? Names.key(name) : organizationKey(shorter);
    }

    /**
     * Whether two names may stand for one organization in a story: they have one {@link
     * #organizationKey}, or the one is the other's first words ("Acme" and "Acme Intelligence"), as
     * stories shorten a name after its first use.
     */
    public static boolean mayBeOneOrganization(String a, String b) {
        if (organizationKey(a).equals(organizationKey(b))) {
            return true;
        }
        String wordsA = Names.words(a);
        String wordsB = Names.words(b);
        return wordsA.startsWith(wordsB + " ") || wordsB.startsWith(wordsA + " ");
    }

    /** Chief executive titles. */
    public static final String CEO = "(?:CEO|C\\.E\\.O\\.|chief executive(?: officer)?|chief exec)";
    /** Words for a founder. */
    public static final String FOUNDER = "(?:co-?founders?|founders?|creators?|founding (?:CEO|partner))";
    /** Job titles of employees (other than CEO and founder), as news copy writes them before or after a name. */
    public static final String JOB_TITLE = "(?:(?:senior |junior |chief |principal |lead |head |managing |general |associate |assistant |"
            + "vice |deputy |executive |former |global |market |research |portfolio |policy |software |technology |equity |investment |"
            + "technical |AI |machine learning |data )*"
            + "(?:analysts?|strategists?|directors?|managers?|president|presidents|partners?|professors?|teachers?|lecturers?|"
            + "researchers?|scientists?|engineers?|experts?|economists?|editors?|writers?|reporters?|correspondents?|supervisors?|"
            + "officers?|executives?|chairman|chairwoman|chair|head|lead|fellows?|advis[eo]rs?|consultants?|spokesperson|"
            + "spokesman|spokeswoman|CTO|CFO|COO|CSO|VP|EVP|SVP|vice president|principal|associate|"
            + "developers?|capitalists?|entrepreneurs?|billionaires?|founding member|board member|member of staff))";
    /**
     * Words of job titles and boards, which capitalized in a biography look like names ("Vice
     * President", "Board of Directors"); a phrase of these words alone names no one.
     */
    private static final Set<String> ROLE_WORDS = Set.of("vice", "senior", "junior", "chief", "executive", "officer", "officers",
            "president", "emeritus", "professor", "director", "directors", "board", "chairman", "chairwoman", "chair", "member",
            "members", "manager", "general", "architect", "instructor", "master", "founder", "cofounder", "co-founder", "ceo",
            "cto", "cfo", "coo", "vp", "evp", "svp", "partner", "associate", "assistant", "deputy", "head", "principal", "engineer", "fellow",
            "lecturer", "dean", "provost", "trustee", "trustees", "secretary", "treasurer", "advisor", "adviser", "consultant",
            "editor", "design", "management", "managing", "operating", "financial", "technology", "technical", "distinguished",
            // more words of titles, which a recognizer may take alone for a name ("Founding Director", "Scientific
            // Director", "Marshal of the Assembly"); not "creative" or "country", words of companies' names too
            "founding", "scientific", "artistic", "medical", "musical", "editorial", "academic", "clinical", "regional",
            "acting", "interim", "honorary", "specialist", "project", "program", "programme", "marketing", "sales",
            "operations", "research", "communications", "product", "finance", "software", "hardware", "data", "policy",
            "lead", "staff", "marshal");
    private static final Set<String> TITLE_JOINERS = Set.of("of", "the", "and", "&", "for", "at", "in");

    /** Whether a capitalized phrase is a job title or a board ("Senior Vice President", "Board of Directors"), not a name. */
    public static boolean isJobTitle(String phrase) {
        boolean role = false;
        for (String word : phrase.toLowerCase(java.util.Locale.ROOT).split("[\\s,]+")) {
            if (ROLE_WORDS.contains(word)) {
                role = true;
            } else if (!TITLE_JOINERS.contains(word) && !word.isEmpty()) {
                return false;
            }
        }
        return role;
    }

    /** A Latin letter: a name written only in another script is a gloss of one given in English ("Михаил Ефремов"). */
    private static final Pattern LATIN_LETTER = Pattern.compile("\\p{IsLatin}");
    /**
     * An academic degree, which biographies capitalize: "BSc (Hons) in Computer Science", "Master of
     * Business Administration", "Masters Degree in Law", "MBA"; not the two-letter "BA" or "MS" alone,
     * which name companies too, nor "Doctors of the World" or "Bachelor in Paradise".
     */
    private static final Pattern DEGREE = Pattern.compile(
            "^(?:(?:BSc|BA|BS|MSc|MS|MA|MBA|PhD|Ph\\.D\\.|BEng|MEng|LLB|LLM|BBA|MPhil|DPhil|BCom|BComm)(?:\\s*\\(Hons\\.?\\))?\\s+in\\s"
                    + "|(?:Bachelor|Master|Doctor)(?:['’]?s)?\\s+Degree\\b"
                    + "|(?:Bachelor|Master|Doctor)(?:['’]s)?\\s+of\\s+(?:Arts|Science|Sciences|Business|Laws?|Engineering|Philosophy|Fine\\s+Arts|"
                    + "Education|Medicine|Music|Public|Technology)\\b"
                    + "|(?:BSc|MSc|MBA|BEng|MEng|LLB|LLM|MPhil|DPhil|BComm|Hons)$)");
    /** Markup around a word ("*actually*" of a page's emphasis), which a recognizer may take for part of a name. */
    private static final Pattern MARKUP_START = Pattern.compile("^[*_~#=+|<>]");
    /** Points of the compass, which open the names of regions ("North American", "South Asian"). */
    public static final Set<String> COMPASS_POINTS = Set.of("North", "South", "East", "West", "Northern", "Southern", "Central",
            "Northeast", "Northwest", "Southeast", "Southwest");

    /**
     * Whether what a detector found cannot be a name, whatever it is labelled: no Latin letter, a
     * markup character first, a function or field word, page furniture, a job title or a degree.
     */
    public static boolean isNotAName(String surface) {
        return surface.isEmpty() || !LATIN_LETTER.matcher(surface).find() || MARKUP_START.matcher(surface).find()
                || NOT_NAMES.contains(surface) || Furniture.isFurniture(surface) || isJobTitle(surface) || DEGREE.matcher(surface).find();
    }

    /**
     * The nouns a job title ends in ("Senior Fellow", "Technology Director"); not those that end
     * names too: "Howard Dean", "New Scientist", "Password Manager", "The Economist".
     */
    private static final Set<String> TITLE_HEADS = Set.of("director", "officer", "specialist", "advisor", "adviser", "fellow",
            "chairman", "chairwoman", "president", "consultant", "secretary", "treasurer", "professor", "lecturer");
    /**
     * A phrase's opening words up to an "of the" or "for the" ("Project Executive of the ..."); "of"
     * alone is left, as it is mostly a field ("Professor of Psychology") and no organization.
     */
    private static final Pattern OPENING_WORDS_BEFORE_OF = Pattern.compile("^(\\S+(?:\\s+\\S+){0,3}?)\\s+(?:of|for)\\s+the\\s+");
    private static final Pattern LAST_WORD = Pattern.compile("\\s+(\\S+)$");

    /**
     * Where the name is in a capitalized phrase that a job title opens with its "of the" or closes:
     * "Project Executive of the Harbor Information System" is "Harbor Information System", "Kite
     * Senior Fellow" is "Kite"; {start, end} in the phrase, the whole phrase when it holds no title,
     * and an empty range when it is all title.
     */
    public static int[] withoutJobTitle(String phrase) {
        int start = 0;
        int end = phrase.length();
        Matcher opening = OPENING_WORDS_BEFORE_OF.matcher(phrase);
        if (opening.lookingAt() && isJobTitle(opening.group(1))) {
            start = opening.end();
        }
        Matcher last = LAST_WORD.matcher(phrase).region(start, end);
        if (last.find() && TITLE_HEADS.contains(lowerWithoutPeriod(last.group(1)))) {
            end = last.start();
            // and the words of the title before its head ("Senior", "Sales & Marketing")
            for (last = LAST_WORD.matcher(phrase).region(start, end); last.find() && isTitleWord(lowerWithoutPeriod(last.group(1)));
                 last = LAST_WORD.matcher(phrase).region(start, end)) {
                end = last.start();
            }
        }
        return isJobTitle(phrase.substring(start, end)) ? new int[] {start, start} : new int[] {start, end};
    }

    private static String lowerWithoutPeriod(String word) {
        return word.toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.$", "");
    }

    private static boolean isTitleWord(String lowercaseWord) {
        return ROLE_WORDS.contains(lowercaseWord) || TITLE_JOINERS.contains(lowercaseWord);
    }

    /** Titles that stand before a personal name ("President Joe Biden", "CEO Jane Doe"). */
    public static final Set<String> TITLES_BEFORE_NAME = Set.of("CEO", "President", "Chairman", "Chairwoman", "Senator",
            "Secretary", "Governor", "Minister", "Premier", "Prime", "Professor", "Prof.", "Dr.", "Dr", "Mr.", "Mr", "Ms.", "Ms",
            "Mrs.", "Mrs", "Sir", "Judge", "Justice", "Rep.", "Sen.", "Gov.", "CTO", "CFO", "COO", "Founder", "Co-founder",
            "Analyst", "Director", "Chief", "Executive", "Former", "General");
    /** Verbs of saying, in the forms news copy uses for quotes and attributions. */
    public static final String SAY = "(?:says|said|say|told|tells|wrote|writes|adds|added|explains|explained|notes|noted|"
            + "argues|argued|predicted|predicts|admits|admitted|stated|states|informed|described|discusses|claims|claimed|"
            + "warned|warns|believes|believed|thinks|thought|suggests|suggested|estimates|estimated|recalled|continued|posted)";

    /** Country names with their common short forms, mapped to the canonical name. */
    public static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("China", "China"), Map.entry("PRC", "China"), Map.entry("United States", "United States"),
            Map.entry("US", "United States"), Map.entry("U.S.", "United States"), Map.entry("U.S", "United States"),
            Map.entry("USA", "United States"), Map.entry("America", "United States"), Map.entry("United Kingdom", "United Kingdom"),
            Map.entry("UK", "United Kingdom"), Map.entry("U.K.", "United Kingdom"), Map.entry("Britain", "United Kingdom"),
            Map.entry("France", "France"), Map.entry("Germany", "Germany"), Map.entry("Japan", "Japan"),
            Map.entry("South Korea", "South Korea"), Map.entry("Korea", "South Korea"), Map.entry("India", "India"),
            Map.entry("Israel", "Israel"), Map.entry("Canada", "Canada"), Map.entry("Taiwan", "Taiwan"), Map.entry("Russia", "Russia"),
            Map.entry("Switzerland", "Switzerland"), Map.entry("Netherlands", "Netherlands"), Map.entry("Singapore", "Singapore"),
            Map.entry("Australia", "Australia"), Map.entry("United Arab Emirates", "United Arab Emirates"), Map.entry("UAE", "United Arab Emirates"),
            Map.entry("Saudi Arabia", "Saudi Arabia"), Map.entry("Italy", "Italy"), Map.entry("Spain", "Spain"), Map.entry("Sweden", "Sweden"),
            Map.entry("Brazil", "Brazil"), Map.entry("Ireland", "Ireland"), Map.entry("Hong Kong", "Hong Kong"));
    /** Demonyms, mapped to the canonical country name. */
    public static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("Chinese", "China"), Map.entry("American", "United States"), Map.entry("US", "United States"),
            Map.entry("U.S.", "United States"), Map.entry("British", "United Kingdom"), Map.entry("French", "France"),
            Map.entry("German", "Germany"), Map.entry("Japanese", "Japan"), Map.entry("South Korean", "South Korea"),
            Map.entry("Korean", "South Korea"), Map.entry("Indian", "India"), Map.entry("Israeli", "Israel"),
            Map.entry("Canadian", "Canada"), Map.entry("Taiwanese", "Taiwan"), Map.entry("Russian", "Russia"),
            Map.entry("Swiss", "Switzerland"), Map.entry("Dutch", "Netherlands"), Map.entry("Singaporean", "Singapore"),
            Map.entry("Australian", "Australia"), Map.entry("Emirati", "United Arab Emirates"), Map.entry("Saudi", "Saudi Arabia"),
            Map.entry("Italian", "Italy"), Map.entry("Spanish", "Spain"), Map.entry("Swedish", "Sweden"), Map.entry("Brazilian", "Brazil"),
            Map.entry("Irish", "Ireland"));
    /** A demonym, as a regex alternation. */
    public static final String DEMONYM = alternation(DEMONYMS.keySet(), "");

    /** Techniques of building and training models, mapped to a canonical name. */
    public static final Map<String, String> TECHNIQUES = Map.ofEntries(
            Map.entry("distillation", "Knowledge distillation"), Map.entry("knowledge distillation", "Knowledge distillation"),
            Map.entry("mixture-of-experts", "Mixture of experts"), Map.entry("mixture of experts", "Mixture of experts"),
            Map.entry("MoE", "Mixture of experts"), Map.entry("mixture-of-expert", "Mixture of experts"),
            Map.entry("supervised fine-tuning", "Supervised fine-tuning"), Map.entry("SFT", "Supervised fine-tuning"),
            Map.entry("direct preference optimization", "Direct preference optimization"),
            Map.entry("low-rank adaptation", "Low-rank adaptation"), Map.entry("LoRA", "Low-rank adaptation"),
            Map.entry("speculative decoding", "Speculative decoding"),
            Map.entry("multi-head latent attention", "Multi-head latent attention"),
            Map.entry("reinforcement learning", "Reinforcement learning"),
            Map.entry("reinforcement learning from human feedback", "Reinforcement learning from human feedback"),
            Map.entry("RLHF", "Reinforcement learning from human feedback"), Map.entry("chain-of-thought", "Chain of thought"),
            Map.entry("chain of thought", "Chain of thought"), Map.entry("quantization", "Quantization"),
            Map.entry("fine-tuning", "Fine-tuning"), Map.entry("retrieval-augmented generation", "Retrieval-augmented generation"),
            Map.entry("test-time compute", "Test-time compute"), Map.entry("test-time scaling", "Test-time compute"));

    /** Capitalized words that are not names when they stand alone: function words, months, days, acronyms of the field. */
    public static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "And", "But", "Or", "In", "On", "At", "Of", "For", "To",
            "By", "With", "From", "As", "If", "So", "It", "Its", "It's", "This", "That", "These", "Those", "There", "Their", "They",
            "We", "Our", "He", "His", "She", "Her", "I", "You", "Your", "My", "What", "Why", "How", "When", "Where", "Who", "Which",
            "While", "Whereas", "Although", "However", "Instead", "Still", "Even", "Just", "Also", "Then", "Now", "Today",
            "Yesterday", "Tomorrow", "Last", "Next", "According", "After", "Before", "Since", "Until", "Like", "Unlike",
            "Many", "Some", "Most", "Several", "Both", "All", "Each", "Every", "Other", "Another", "One", "Two", "Three", "No",
            "Not", "Yes", "Here", "Such", "Only", "More", "Less", "New", "Regardless", "Additionally", "Nonetheless",
            "Nevertheless", "Meanwhile", "Rather", "Basically", "Ultimately", "Thanks", "Shortly", "Western", "Eastern",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "AI", "AGI", "LLM", "LLMs", "GPU", "GPUs", "CPU", "CPUs", "API", "APIs", "CEO", "CEOs", "PhD", "IPO", "RMB", "USD",
            "App", "Store", "Internet", "Web", "Wall", "Street", "Silicon", "Valley", "Big Tech", "Tech");

    /** Words of {@link #NOT_NAMES} that, inside a longer name, are words of a place in it ("Paradise Valley Hospital", "Wall Street Journal"). */
    public static final Set<String> PLACE_WORDS = Set.of("Wall", "Street", "Valley", "Western", "Eastern");

    /** Participles that make a name a modifier ("Paris-based", "Acme-backed"), as a regex alternation. */
    public static final String MODIFIER_PARTICIPLE =
            "(?:based|backed|owned|made|built|led|funded|listed|designed|developed|powered|run|controlled|linked|affiliated)";
    /** A name used as a modifier: "Paris-based", "Acme-backed", "Acme-made"; the name is the part before the hyphen. */
    public static final Pattern COMPOUND_MODIFIER = Pattern.compile("-" + MODIFIER_PARTICIPLE + "$");

    /** A capitalized word right before a position (group 1). */
    public static final Pattern CAPITALIZED_WORD_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}&-]*) $");
    /** A capitalized word right after a position (group 1), not a possessor. */
    public static final Pattern CAPITALIZED_WORD_AFTER = Pattern.compile(" (\\p{Lu}[\\p{L}\\p{N}&-]*)(?![\\p{L}\\p{N}'’])");

    /**
     * Whether a capitalized word next to a name may be part of it: a designator ("Acme AI", "Acme
     * Labs"), or a word that is not a function word, title, demonym or modifier ("Seoul-based") and
     * no product number, which is a name of its own ("Acme X100").
     */
    public static boolean mayBePartOfName(String word) {
        return ORG_SUFFIXES.containsKey(word) || word.chars().noneMatch(Character::isDigit) && !NOT_NAMES.contains(word)
                && !TITLES_BEFORE_NAME.contains(word) && !DEMONYMS.containsKey(word) && !Furniture.isFurniture(word)
                && !COMPOUND_MODIFIER.matcher(word).find();
    }

    /** Joins words into a regex alternation, longest first, each followed by {@code suffix}. */
    public static String alternation(java.util.Collection<String> words, String suffix) {
        return words.stream()
                .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
                .map(w -> Pattern.quote(w) + suffix)
                .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
    }
}
