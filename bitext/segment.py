"""segment: one language's blocks → Outline (headings, paragraphs, sentences).

Sentences: Chinese by its own punctuation (full- and half-width, quotes and
brackets respected; ；/; are split points too, since a translation often turns
one Chinese clause list into several English sentences); English with
``sentencex`` (abbreviations, decimals, initials, ellipses).

Headings come in two strengths. *Strong*: a line of its own that reads as a
heading (short, no final punctuation, or numbered, or marked in Markdown).
*Weak*: the first short sentence of a paragraph ("坚持政治引领,把牢方向。…").
Whether a candidate really opens a section is decided later, when the two
languages are paired; this stage only proposes.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .model import Block, Heading, Outline, Paragraph, Part, join_units
from .text import CLOSERS, cut_in_brackets, ends_with_final_punct, han_count
from . import rematch
from .cache import rx

ZH_END = "。！？!?…"
ZH_SOFT = "；;"
OPENERS = "“‘「『（(【[《〔\""
PAIRS = {"”": "“", "’": "‘", "」": "「", "』": "『", "）": "（", ")": "(", "】": "【", "]": "[", "》": "《", "〕": "〔"}


def split_zh(text: str, soft: bool = True) -> list[str]:
    """Split Chinese text into sentences (and, with soft=True, ；-clauses)."""
    units: list[str] = []
    start = 0
    depth = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in OPENERS and ch != '"':
            depth += 1
        elif ch in PAIRS and depth > 0:
            depth -= 1
        is_end = ch in ZH_END or (soft and ch in ZH_SOFT)
        if soft and ch == "：" and depth == 0 and _colon_splits(text, start, i):
            is_end = True
        if ch == "." and i + 1 < n and han_count(text[i + 1]) and i > 0 and han_count(text[i - 1]):
            is_end = True  # a half-width full stop between Chinese sentences
        if is_end:
            j = i + 1
            while j < n and (text[j] in ZH_END or text[j] == "."):
                j += 1  # ……, ？！, ...
            d = depth
            while j < n and text[j] in CLOSERS:
                if text[j] in PAIRS and d > 0:
                    d -= 1
                j += 1
            if d == 0:
                piece = text[start:j].strip()
                if piece:
                    units.append(piece)
                start = j
                depth = 0
                i = j
                continue
        i += 1
    rest = text[start:].strip()
    if rest:
        units.append(rest)
    return units


def _colon_splits(text: str, start: int, i: int) -> bool:
    """A full-width colon is a split point when it ends a lead-in of its own
    ("主要成效：一是……") — not before a quotation, and only between two
    clauses long enough to be translated apart."""
    nxt = text[i + 1:i + 2]
    if not nxt or nxt in OPENERS or nxt in CLOSERS:
        return False
    rest = text[i + 1:]
    for k, c in enumerate(rest):
        if c in ZH_END:
            rest = rest[:k]
            break
    lead = rematch.split(r"[，,、]", text[start:i])[-1]
    return han_count(lead) >= 4 and han_count(rest) >= 8


# Abbreviations that a number or a lower-case word often follows ("vol. 3", "p. 45").
EN_ABBREV_RE = rx(r"(?:^|[\s(])(?:vol|vols|p|pp|no|nos|art|arts|fig|figs|sec|ch|chap|para|eq|op|cf|ca|approx|ed|eds|"
                          r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|e\.g|i\.e|vs|etc|st|mt)\.$", re.I)


# A paragraph's own enumerator in brackets: "(1) ", "(b) ", "(iv) ".
EN_ENUMERATOR = rx(r"\(\w{1,4}\)[ \t]+(?=\S)")


def split_en(text: str) -> list[str]:
    from sentencex import segment as _seg

    # sentencex does not split a paragraph that opens with a bracketed enumerator
    # ("(1) The economy grew. We cut taxes." is one unit to it): the enumerator
    # goes with the first sentence of the rest.
    m = EN_ENUMERATOR.match(text)
    parts = [s.strip() for s in _seg("en", text[m.end():] if m else text) if s.strip()]
    if m and parts:
        parts[0] = m.group(0) + parts[0]
    out: list[str] = []
    pos, end = 0, -1  # where the last part ended in the text
    for s in parts:
        at = text.find(s, pos)
        if out and at >= 0 and at == end:
            out[-1] += s  # no space between them in the text ("Really!Yes?", "<![CDATA["): one unit, as written
        elif out and EN_ABBREV_RE.search(out[-1]) and (s[:1].isdigit() or s[:1].islower()):
            out[-1] = out[-1] + " " + s  # sentencex split after an abbreviation
        else:
            out.append(s)
        if at >= 0:
            pos = end = at + len(s)
    return out


@lru_cache(maxsize=4096)
def split_sentences(text: str, lang: str) -> tuple[str, ...]:
    parts = split_zh(text) if lang == "zh" else split_en(text)
    return tuple(parts) or (text,)


# --------------------------------------------------------------------------- headings

from .headings import ADMONITION, COLUMN_RULE, DATE_TOKEN, notice_title, scope_frame, EDITION, EN_ANNEX_LABEL, NOTICE_LINE, LIST_STYLES, ROMAN_PAGE, SPEECH_LEAD, STEP_LABEL, TOC_ENTRY, TOC_RE, UPDATED_ON, ZH_FORMAL_NUMERALS, ZH_NUM, Number, bare_label, date_line, is_bullet, key_figure, never_heading, numbering, organisation, table_row  # noqa: E402


def is_numbered(text: str) -> bool:
    return numbering(text) is not None


def _annex_title(text: str) -> bool:
    """An annex's label and its title on one line, with a full stop as a licence sets them:
    "APPENDIX: How to Apply This License to Your Work."."""
    m = rematch.fullmatch(r"((?i:" + ANNEX_WORD.pattern + r"))\s*[:：.]\s+([A-Z][^.!?;:]{2,100})\.", text.strip())
    return bool(m) and len(m.group(2).split()) <= 12


def _worded_title(text: str) -> bool:
    """A numbered part with its title and a licence's full stop: "Section 1 – Definitions.",
    "Article 5 – No Warranty; Limits on Liability.", "Chapter 2. Scope."."""
    t = text.strip()
    nb = numbering(t)
    if nb is None or nb.style != "en-word" or not t.endswith(".") or t.endswith(".."):
        return False
    after = t[nb.length:]
    rest = after.strip(" .:–—-").rstrip(".")
    # Set off from its number by a dash or a stop, not the first words of an article's text
    # ("Article 11 The quorum for a General Meeting shall be thirty ordinary members.").
    set_off = bool(rematch.match(r"\s*[.:–—-]\s", after))
    words = rest.split()
    # A title of more than a few words is in Title Case: "Article 3. The capital of the island
    # is Baytown." is an article's one sentence.
    titled = len(words) <= 4 or _capitalised(words) >= 0.6
    return (set_off and bool(rest) and rest[:1].isupper() and len(words) <= 12 and titled
            and not rematch.search(r"[.!?:]\s|,\s", rest))


# "Approved by: Board of Directors", "Prepared by: Finance Department": who made or
# signed the document, a field and its value however much it looks like "Part 1: Scope".
SIGNED_BY = rx(r"\b(?:approved|prepared|issued|compiled|reviewed|signed|drafted|translated|written|edited|authori[sz]ed|adopted|published)\s+by$", re.I)


STEP_LINE = rx(r"(?:步骤|步驟|第\s*\d+\s*步|step)\s*\d+\s*[.:：、．]", re.I)


# A field's label, whatever its value: "Title: Lanshan County Self-Government Ordinance …".
FIELD_LABEL = rx(r"(?:(?:full |short |document |amended |effective |issue )?(?:title|name|date)|category|author|source|attachment"
                         r"|version|status|language|subject|keywords?|from|to|cc|re)", re.I)


def heading_line(text: str, lang: str) -> bool:
    """A whole line that reads as a heading."""
    t = text.strip()
    if not t or is_bullet(t) or not rematch.search(r"\w", t):
        return False  # (a rule of "═" or "※※※" says nothing)
    if t.startswith("#") or (STEP_LINE.match(t) and t.endswith((":", "：", ".", "。"))):
        return False  # a comment or a command in plain text ("# RHEL / 麒麟"); a step ("步骤 1. 检查配置文件语法：")
    if rematch.fullmatch(r"[（(\[【［].*[）)\]】］]", t) and not numbering(t):
        return False  # a note in brackets ("（2021年6月10日通过）"), not a heading
    if TOC_RE.match(t):
        return False  # the table of contents is a list, not a section
    if len(t) <= 80 and UPDATED_ON.match(t):
        return False  # when the page was updated, under its title ("Updated 2 April 2024 · 4 min read")
    if lang == "en" and len(t) >= 12 and not rematch.search(r"(?<![\w])[A-Za-z]+(?![\w])", t) and not numbering(t):
        return False  # no word, only values and code ('"", "1715236200000", "q8Zr2mVn4Lx7Tb1K"))')
    if notice_title(t):
        return True  # a notice's title, however long: "…关于印发《…暂行规定》的通知", "Notice of … on Issuing …"
    if lang == "zh":
        if not han_count(t) and len(rematch.findall(r"[A-Za-z]{2,}", t)) >= 4:
            return False  # an English line of a notice kept in the Chinese half ("You may obtain a copy of the License at")
        # (In a numbered heading a Latin name counts as one word: "3.4 配置针对 Oracle、SQL Server 与 PostgreSQL 数据库的".)
        short = len(t) <= 40 or (is_numbered(t) and len(rematch.sub(r"[A-Za-z][A-Za-z0-9.+#-]*", "W", t)) <= 40)
    else:
        words = t.split()
        # (A name may start in lower case before a capital: "iOS:", "iPhone Setup".)
        # (Or a command, then what it does: "ktl login — Sign In", "ktl apps create — Create an Application".)
        short = 1 <= len(words) <= 25 and len(t) <= 200 and (t[0].isupper() or t[0].isdigit() or t[0] in "§(（\"“'"
                                                             or bool(rematch.match(r"[a-z][A-Z]", t))
                                                             or bool(rematch.match(r"[a-z][\w.-]*(?: [a-z][\w.-]*){0,3} [—–] [A-Z]", t)))
    if not short:
        return False
    colon = rematch.search(r"[:：]", t)
    counted = bool(colon) and _counted_label_title(t, colon.start(), lang)  # "产出一：…", "误区1：“…。”"
    if (ends_with_final_punct(t) and not t.rstrip().endswith((":", "：")) and not (lang == "en" and ABBREVIATION_END.search(t))
            and not _annex_title(t) and not _worded_title(t) and not _numbered_question(t, lang) and not counted):
        return False
    if t.rstrip().endswith((",", "，", "、", "——", "—", "–", "─", "--")) or LIST_ITEM_END.search(t):
        return False  # (a dash leads into a list in an ordinance: "任何人不得在碼頭內——", "A person must not, at a pier—";
        # written with what a code page has, in Big5 "──" and in ASCII "--")
    if t.endswith((":", "：")) and _lead_in(t[:-1], lang):
        return False
    art = article_label(t, lang)
    if art and art[1].rstrip().endswith((":", "：")):
        return False  # "Article 4  The Society shall:": an article's text leading into its list
    if lang == "zh" and rematch.search(r"[。！？][^”’」』）)]", t):
        return False  # "（一）场地。图书角应当……平方米：": a run-in heading and its sentence, not a heading line
    if lang == "en" and rematch.search(r"[a-z]{2}[.!?]\s+[A-Z]", t):
        return False  # "3.1 Attribution. If You share the Work, You must:": the same in English
    # "电话：023-1234", "Note: see below" are label–value lines, not headings
    # ("Chapter 1: General Provisions" is a heading).
    m = rematch.search(r"[:：]\s*\S", t)
    if (m and not bare_label(t[:m.start()])
            # (Its words may be quoted: "Case Story: Mrs Chan's “New Neighbours”".)
            and not (rematch.match(r"^[A-Z][\w '’]{0,40}:\s+[\"“‘']?[A-Z]\w*(?:[-'’][A-Za-z]+)*[\"”’']?"
                              r"(?:\s+[\"“‘']?\w+(?:[-'’][A-Za-z]+)*[\"”’']?){0,8}$", t) and not SIGNED_BY.search(t[:m.start()])
                     and not FIELD_LABEL.fullmatch(t[:m.start()].strip()))
            and not (lang == "en" and EN_ANNEX_LABEL.fullmatch(t[:m.start()].strip())) and not _numbered_title_colon(t, m.start(), lang)
            and not counted and not _column_title(t, m.start(), lang) and not _numbered_question(t, lang)):
        return False  # ("Q3：如何恢复出厂设置？" is a question's number, then the question)
    return True


# The name of a report's recurring column or box before its title: "聚焦：胸痛中心的一夜",
# "记者手记：在书房里遇见城市", "案例：……" (in English, "Spotlight: A Night in …" is a heading line already).
ZH_COLUMN = rx(r"聚焦|特写|特寫|专题|專題|专栏|專欄|案例|案例研究|记者手记|記者手記|手记|手記|观察|觀察|探访|探訪|亮点|亮點|链接|鏈接"
                       r"|延伸阅读|延伸閱讀|数说|數說|图说|圖說|人物|故事|侧记|側記|访谈|訪談|对话|對話|焦点|焦點|一线|一線|前沿|档案|檔案")


def _column_title(t: str, colon: int, lang: str) -> bool:
    """A recurring column's name, or a step's number, before a title of a few words: "案例：……",
    "第一步：在服务端创建订单" (as "Step 1: Create an order on your server" is, in English)."""
    head, rest = t[:colon].strip(), t[colon + 1:].strip()
    return (lang == "zh" and bool(ZH_COLUMN.fullmatch(head) or STEP_LABEL.fullmatch(head)) and 2 <= len(rest) <= 24
            and not rematch.search(r"[，,。;；!?！？:：]", rest))


# A label that counts its part: "产出一", "目标2", "任务三", "Output 1", "Goal II", "Phase B".
COUNTED_LABEL = {"zh": rx(r"[\u4e00-\u9fff]{2,6}(?:[一二三四五六七八九十]{1,3}|\s?\d{1,2})"),
                 "en": rx(r"[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:\d{1,2}|[IVX]{1,4}|[A-H])")}


def _counted_label_title(t: str, colon: int, lang: str) -> bool:
    """A counted part's label, then its title: "产出一：城镇污水收集与处理能力提升",
    "Output 1: Urban wastewater collection and treatment capacity enhanced"; not a
    field ("联系人1：张三") nor a sentence after a label."""
    head, rest = t[:colon].strip(), t[colon + 1:].strip()
    if not COUNTED_LABEL[lang].fullmatch(head):
        return False
    if rematch.fullmatch(r"[“\"「『][^“”\"「」『』]+[”\"」』]", rest):  # a saying it names: "误区1：“口味淡了，干活没力气。”"
        return len(rest) <= 40 if lang == "zh" else len(rest.split()) <= 20
    if rematch.search(r"[，,。;；!?！？:：]|\.\s|\.$", rest):
        return False
    if lang == "zh":
        return 4 <= len(rest) <= 24 and not rematch.search(r"\d", rest)
    return 2 <= len(rest.split()) <= 12 and rest[:1].isupper()


# A question's number: "Q1.", "Q2:", "问3：", "問4、".
QUESTION_NUMBER = rx(r"(?:Q|问|問|Question|问题|問題)\s*\d{1,3}\s*[.:：、]\s*")


def _numbered_question(t: str, lang: str) -> bool:
    """A numbered question that titles its part: "四、我们如何存储您的个人信息？",
    "4. How Do We Store Your Personal Information?" (one question, no other sentence)."""
    nb = numbering(t)
    q = QUESTION_NUMBER.match(t)  # "Q1. Can final-year undergraduates apply …?"
    if (nb is None and q is None) or not t.endswith(("？", "?")):
        return False
    body = t[nb.length if nb is not None else q.end():].strip()
    if rematch.search(r"[。！？.!?;；]", body[:-1]):
        return False
    # (A question its label names as one, "Question 1: Where a seller …?", may be long: a court's answers.)
    return 2 <= len(body) <= (60 if q else 30) if lang == "zh" else 2 <= len(body.split()) <= (45 if q else 20)


def _numbered_title_colon(t: str, colon: int, lang: str) -> bool:
    """A numbered heading whose title has a colon in it: "三、环境：守护绿水青山",
    "3.3.1 青岚市：一网通办", "III. Environment: Caring for Our Planet"; the words
    before the colon are a short name, those after it a phrase, not a sentence."""
    nb = numbering(t)
    if nb is None or nb.length >= colon:
        return False
    head, rest = t[nb.length:colon].strip(), t[colon + 1:].strip()
    # (Its title may list things: "Carbon Emissions Management, Energy Mix Optimisation and …".)
    if not head or rematch.search(r"[，,。.;；!?！？]", head) or rematch.search(r"[。.;；!?！？]" if lang == "en" else r"[，,。.;；!?！？]", rest):
        return False
    if lang == "zh":
        return len(head) <= 12 and len(rest) <= 32
    # (The name may be a command's, in lower case: "4.1 init: Initialize a Workspace".)
    # (Its title may go on in lower case after a short name: "1. Agriculture: stable production and a
    # good autumn harvest in prospect".)
    return (len(head.split()) <= 6 and len(rest.split()) <= 16 and (head[:1].isupper() or bool(rematch.fullmatch(r"[a-z][\w.-]*", head)))
            and (rest[:1].isupper() or (head[:1].isupper() and len(head.split()) <= 3 and _lower_title(head, rest))))


def _lower_title(head: str, rest: str) -> bool:
    """The words after a short name that go on a numbered heading in lower case: a phrase of plain
    words with one comma at most, no verb of a sentence ("the Service is not designed …"), no
    command ("dgctl scheduler resume --all"), no list ("monthly pay, weekly hours, travel time");
    the name itself has no bracket ("1. Push SDK (provider: …)")."""
    words = rest.split()
    return (rest[:1].islower() and "(" not in head and rest.count(",") <= 1 and len(words) <= 12
            and all(rematch.fullmatch(r"[A-Za-z][a-z]*(?:[-'’][A-Za-z]+)*,?", w) for w in words)
            and not rematch.search(r"\b(?:is|are|was|were|be|has|have|had|will|shall|may|must|can|should|would|does|do|did)\b", rest))


# A heading may end with an abbreviation's stop ("19. Liability of directors etc.", "… Holdings Co., Ltd.").
ABBREVIATION_END = rx(r"(?<![.!?])\s\S*\b(?:etc|Ltd|Co|Inc|Corp|Bros|Dept|No)\.$")


# An item of a list that goes on to the next ("（e）…违法信息；或", "(e) use the Software …; or",
# "…; and"): a clause of one sentence, never a heading.
LIST_ITEM_END = rx(r"[;；]\s*(?:或者?|以及|及|和|并且|且|or|and|and/or)$", re.I)


# "Annex: Ten Practical Projects for …" names its annex as "附件：…" does, however long the name.


ZH_LEAD_IN = rx(r"^(?:我们|我們|他们|他們|我|您|你|他|她|它)(?![们們]?的)|如下|以下|下列|下述|包括|例如|比如|一句话|指出|表示|认为|强调"
                        r"|^本(?:会|會|社|学会|學會|协会|協會|联合会|聯合會|基金会|基金會|合作社)(?!章程)"  # "本会经费来源：" (the society speaks)
                        r"|^(?:阁下|閣下)"  # "閣下不得利用本服務：" (the reader is told what to do)
                        # "本系统支持三种拣货方式：" (the product speaks, and counts what follows)
                        r"|^本(?:系统|系統|软件|軟件|軟體|产品|產品|平台|平臺|应用|應用|程序|程式|服务|服務|设备|設備)"
                        r"|(?:支持|提供|分为|分為|包括|包含|具有|设有|設有)[^，,：:。]{0,6}[两兩二三四五六七八九十几幾多\d]+(?:种|種|类|類|个|個|项|項|步|点|點)"
                        r"|(?:须|須|应|應|应当|應當|必须|必須|不得|可以|得)$"  # "會員須：" leads into what members must do
                        r"|(?<![一二三四五六七八九十其])是$"  # "主要预期目标是：" says what the targets are ("一是：" counts)
                        r"|[，,][^，,]*(?:为|為|是|即|至|到|于|於)$"  # "所有接口均通过 HTTPS 访问，基础地址为：" says what follows
                        r"|[，,]\s*(?:请|請)(?:与|與|向)?[^，,]{0,8}(?:联系|聯繫|联络|聯絡)$")  # "如有任何查詢，請聯絡：" over whom to ask
# A sentence cut before its list of what someone must or may do: "Every member shall:", "The Licensee may:".
EN_MODAL_END = rx(r"\b(?:shall|must|may|will|should|shall not|must not|may not|agrees? to)$", re.I)


# A short question that titles what follows it: "我们是谁：", "我们收集什么：", "谁可以查看：", "保存多久：".
ZH_QUESTION = rx(r"谁|誰|什么|什麼|哪些|哪里|哪裡|多久|多长时间|多長時間|如何|怎样|怎樣|怎么|怎麼|为什么|為什麼|为何|為何|何时|何時|[吗嗎]$")


def question_title(text: str) -> bool:
    """A Chinese question short enough to title a part ("我们收集什么"), not a sentence that leads into a list."""
    t = text.strip().rstrip(":：？?")
    return len(t) <= 16 and not rematch.search(r"[，,。；;、]|如下|以下|下列", t) and bool(ZH_QUESTION.search(t))


def _lead_in(text: str, lang: str) -> bool:
    """A sentence that leads into a list or a quotation ('They often quoted a
    saying:', '我们收集以下信息：'), not a heading that ends in a colon."""
    if lang == "zh":
        return bool(ZH_LEAD_IN.search(text)) and not question_title(text)
    words = text.split()
    if len(words) >= 2 and EN_MODAL_END.search(text.strip()):
        return True
    if len(words) <= 3:
        return False
    # (Title Case leaves its small words in lower case: "(a) Oath of a Member of the Assembly:".)
    return _capitalised([w for w in words if w[:1].isalpha()]) < 0.6


GREETING = rx(r"(?:欢迎|歡迎|感谢|感謝|谢谢|謝謝|您好|你好|亲爱的|親愛的|尊敬的)|(?:welcome|thank|thanks|dear|hello|hi|greetings)\b", re.I)


# What a definition's text opens with after its term and colon: "游戏账号：指您……".
ZH_DEFINES = rx(r"(?:是指|系指|係指|指(?![导導出挥揮定引南标標示令明派望责責数數]))")


# A reference's authors and year, as a reference list opens each entry: "何某、梁某（2021）。",
# "Ng, S. L., & Tam, W. H. (2020).", "World Health Organization. (2021)."
CITED = rx(r"(?!第)[\u4e00-\u9fff]{2,4}(?:[、，,和及與与][\u4e00-\u9fff]{2,4})*(?:等)?[（(]\d{4}[a-z]?[)）][。.]"
           r"|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*,? (?:[A-Z]\.\s?)+(?:,? (?:&|and) [A-Z][\w'’-]+, (?:[A-Z]\.\s?)+|, [A-Z][\w'’-]+, (?:[A-Z]\.\s?)+)*"
           r"(?:,? et al\.)?\s?\(\d{4}[a-z]?\)\.")


def runin_heading(sentences: tuple[str, ...], lang: str) -> bool:
    """The first sentence of a paragraph is short enough to be its heading."""
    if len(sentences) < 2:
        return False
    first = sentences[0]
    if is_bullet(first):
        return False  # a list's item opens with its subject: "- Editor: Column Paste. After copying …"
    if GREETING.match(first):
        return False  # "Welcome to FerryBell.", "感谢您选择……。": a greeting opens the text, it heads nothing
    if CITED.fullmatch(first.strip()):
        return False  # a reference: its authors and year, then the work ("王某（2022）。〈…〉。", "Li, M. (2022). …")
    if lang == "zh":
        body = first.rstrip("。.：:")
        if 2 <= len(body) <= 3 and first[-1] == "。" and rematch.fullmatch(r"[\u4e00-\u9fff]+", body):
            # A term, then what it is ("龙窑。龙窑依山坡而建…"); not a reply ("好的。", "是的。").
            return body in "".join(sentences[1:]) and body[-1] not in "的了吧啊呀呢吗嘛哦"
        if first[-1] in "：:" and ZH_DEFINES.match(sentences[1]):
            return False  # "1.2 游戏账号：指您……": a term and what it means, not a heading
        if rematch.match(r"(?:\d{1,3}(?:\.\d{1,3})*\.?\s*|[(（][一二三四五六七八九十\d]{1,3}[)）]\s*)?本(?:手冊|手册|指南|政策|協議|协议|合同|條例|条例|規則|规则|章程|報告|报告|文件|聲明|声明|條款|条款|辦法|办法"
                         r"|規定|规定|須知|须知|公司|會|会)", body) and rematch.search(r"[，,]|備有|备有|適用|适用|受|由|自|為|为|係|系|是|將|将|已|於|于|經|经", body):
            # "本手冊另有英文版，收錄於本文件後半部。", "21.1 本條款備有英文及中文版本。": the document speaks of itself, a sentence
            return False
        return 4 <= len(body) <= 30 and first[-1] in "。.：:" and (not rematch.search(r"[“”\"]", body[:2]) or _named_in_quotes(body))
    words = first.rstrip(".:").split()
    if 1 <= len(words) <= 3 and first[-1] == "." and _term(words, " ".join(sentences[1:])):
        return True
    if not 2 <= len(words) <= 12 or first[-1] not in ".:":
        return False
    if first.isupper() and (sentences[1].isupper() or any(w.strip('"“”').lower() in EN_SAYING_WORDS for w in words)):
        return False  # a warning in capitals ("THE SERVICE IS PROVIDED "AS IS". TO THE FULLEST …") says something
    caps = sum(1 for w in words if w[:1].isupper())
    # Title case ("Upholding Political Guidance."), or a short phrase in sentence
    # case that opens with an -ing word ("Stabilizing agriculture."), not with a
    # preposition that ends in -ing ("During the pilot we examined …" says something).
    # ("Looking ahead, we remain cautiously optimistic." has a subject after its comma: a sentence.)
    # ("Staffing remains one of our greatest challenges." has its verb after the -ing noun: a sentence.)
    # (In title case the words left in lower case are small ones: "The Dongling Bay Laboratory
    # opened in September 2023." names things with capitals but says something.)
    titled = caps / len(words) >= 0.6 and all(w[:1].isupper() or not w[:1].isalpha() or w.lower().strip(",;") in EN_SMALL_WORDS
                                              for w in words)
    # ("Looking back, three things stand out for me." goes on after its comma with a clause, not a list.)
    after = first.split(",", 1)[1].split() if "," in first else []
    clause = len(after) >= 4 and not any(w.lower().strip(".,;") in ("and", "or") for w in after)
    return titled or (len(words) <= 8 and ing_title(words[0]) and words[1].lower() not in EN_FINITE and not clause
                                        and not any(w.strip(",;").lower() in EN_SUBJECTS for w in words[1:]))


def _named_in_quotes(body: str) -> bool:
    """A heading that opens with a name in quotation marks ("“15分钟文化圈”基本成形"),
    not a quotation ("“……”他说": who said it, as before a quotation), nor one that runs on ("“……”，……")."""
    m = rematch.match(r"[“\"]([^”\"]{1,15})[”\"](.+)$", body)
    return bool(m) and len(m.group(2)) >= 2 and not rematch.search(r"[，,：:]", body) and not SPEECH_LEAD["zh"].search(m.group(2))


# The small words a title leaves in lower case.
EN_SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from",
                  "as", "into", "onto", "over", "under", "via", "vs", "per", "about", "through", "between", "among", "within",
                  "outside", "inside", "upon", "against", "across", "after", "before", "without", "towards", "toward", "beyond",
                  "during", "throughout", "since", "until"}


def _capitalised(words: list[str]) -> float:
    """The share of the words Title Case writes with a capital (all but the small ones)
    that start with one; 1.0 when there are none. (A number has no case: "Article 3".)"""
    big = [w for w in words if w.lower() not in EN_SMALL_WORDS and not w[:1].isdigit()]
    return sum(1 for w in big if w[:1].isupper()) / len(big) if big else 1.0


# Verbs that, right after an -ing noun ("Staffing remains …", "Funding rose …"), make a sentence.
EN_FINITE = {"is", "are", "was", "were", "has", "have", "had", "remains", "remained", "continues", "continued", "rose", "fell",
             "grew", "increased", "decreased", "reached", "stood", "became", "accounted", "will", "can", "must", "should",
             "may", "helps", "helped", "makes", "made", "takes", "took", "shall", "would", "could", "might", "does", "did",
             "needs", "requires", "applies", "means", "includes"}


# Pronouns that make an -ing phrase a sentence's opening ("Looking ahead, we …").
EN_SUBJECTS = {"i", "we", "you", "he", "she", "they"}


# Pronouns and verbs that make a short sentence say something ("It works.", "We agree.").
EN_SAYING_WORDS = {"i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those", "there", "here",
                   "is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "do", "does", "did", "will",
                   "can", "may", "must", "shall", "should", "would", "could", "not", "no", "yes", "thank", "thanks",
                   "please", "see"}


def _term(words: list[str], rest: str) -> bool:
    """A term in sentence case that the sentences after it explain, naming it
    again ("Dragon kilns. Built along hillsides, dragon kilns were …",
    "Saggars. … placed in saggars made of fireclay")."""
    if not words[0][:1].isupper() or any(not rematch.fullmatch(r"[A-Za-z-]+", w) for w in words):
        return False
    if any(w[:1].isupper() for w in words[1:]) or any(w.lower() in EN_SAYING_WORDS for w in words):
        return False  # "It works." says something
    head = words[-1].lower().rstrip("s")
    return len(head) >= 3 and re.search(rf"\b{re.escape(head)}", rest.lower()) is not None


# Prepositions and conjunctions that end in -ing: a sentence opening with one is not an -ing title.
EN_ING_PREPOSITIONS = {"during", "according", "including", "regarding", "concerning", "following", "excluding",
                       "considering", "notwithstanding", "pending", "barring", "assuming", "providing", "seeing",
                       # and pronouns that end so ("Nothing in this Agreement limits …" says something)
                       "nothing", "something", "anything", "everything"}


def ing_title(word: str) -> bool:
    """A capitalised -ing word that can open a title ("Stabilizing", "Inspecting"), not "During"."""
    w = word.strip(",")
    return w[:1].isupper() and w.lower().endswith("ing") and w.lower() not in EN_ING_PREPOSITIONS


ZH_LABEL_RE = rx(r"^([^。！？；;，,：:“”\"]{2,20}?)([：:])\s*(\S.*)$", re.S)
# An English label may carry a number ("2.1 Eligibility: You must …"), as a Chinese one does ("2.1 注册资格：…").
# (Its number may be a letter or a Roman one: "A. Purpose and Basis: These Measures …", "II. Scope: …".)
EN_LABEL_RE = rx(r"^((?:\d{1,3}(?:\.\d{1,3})*\.?\s+|[A-Z]\.\s+|[IVX]{1,5}\.\s+)?[A-Z§(][^.!?;:,\"“]{1,60}?)(:)\s+(\S.*)$", re.S)


# A value that is an address to write to or call: an e-mail address, a web address, a phone number.
CONTACT_VALUE = rx(r"[\w.+-]+@[\w-]+\.|https?://|www\.|\+?\(?\d[\d ()-]{6,}\d(?!\d*\s*[年%])")


# An annex's label before its title: "Appendix", "ANNEX A", "Schedule 2", "附录", "附件一".
ANNEX_WORD = rx(r"(?:appendix|annex|schedule|exhibit|attachment)(?:\s+[A-Z\d]{1,3})?|(?:附录|附錄|附件|附表)\s*[A-Z一二三四五六七八九十\d]{0,3}", re.I)


def runin_label(text: str, lang: str) -> tuple[str, str] | None:
    """A label that opens a paragraph and ends in ：or : ("数据收集：我们会…",
    "Data Collection: We collect…"). Returns (label with its colon, rest)."""
    m = (ZH_LABEL_RE if lang == "zh" else EN_LABEL_RE).match(text.strip())
    if not m or is_bullet(text):
        return None  # ("- 编辑器：支持列选择粘贴。", "- Editor: Column Paste. …": a list's item, not a heading)
    label, rest = m.group(1).strip(), m.group(3).strip()
    if label[:1] in "（(［[" and not rematch.search(r"[）)］\]]", label) and rest.endswith(("）", ")", "］", "]")):
        return None  # "（譯註：「實名制活動」指……。）", "(Translator's note: …)": a note in brackets
    if CONTACT_VALUE.match(rest):
        return None  # "电子邮箱：research@…", "Tel: +86 …": a field of an address, not a heading
    if rematch.fullmatch(r"(?:Q|问|問|问题|問題|question)\s*\d{1,3}", label, re.I) and "\n" not in rest and rest.endswith(("?", "？")):
        return None  # "Q4: The screen looks blurry. How can I improve it?": a question, whole, as its Chinese is
    if ANNEX_WORD.fullmatch(label) and "\n" not in rest and len(rest.split()) <= 12 and not rematch.search(r"[.!?;]\s", rest):
        return None  # "APPENDIX: How to Apply This License to Your Work." is the appendix's title line, whole
    if lang == "zh":
        if not han_count(label) or len(rest) < 6 or not rematch.search(r"[\u4e00-\u9fffA-Za-z]{2}", rest):
            return None
        if rematch.search(r"[（(][A-Za-z][A-Za-z .\-]*[)）]$", label) and not numbering(label):
            return None  # "共享（Share）：通过 NFS 导出的一个目录…": a term with its English name, defined
        if ZH_DEFINES.match(rest):
            return None  # "1.1 本游戏：指由星屿互动开发的……": a term and what it means
    else:
        nb = numbering(label)  # (its number is no word: "4. Transfer of Personal Data outside Hong Kong: …")
        words = label[nb.length:].split() if nb is not None else label.split()
        if not 1 <= len(words) <= 7 or len(rest.split()) < 3:
            return None
        if rematch.search(r"\b(?:to|of|for|with|from|that|which|and|or|the|a|an)$", label, re.I):
            return None  # "15.3 The above limitations do not apply to: …" leads into what follows
        if rematch.search(r"\d:\d", text[: m.end(2) + 2]):
            return None  # a time, not a label
    return label + m.group(2), rest


# An article's number that opens its text, with the article's title in brackets if it has one:
# "第一条　为了……", "第一条（目的）为了……", "第 7-1 條　……", "Article 1 This Law is …", "Article 1 (Purpose) These …".
# The number is the article's heading, as "第一条" on a line of its own is; "第一条规定，……" cites it.
# An article's bare number, in each language ("第七条", "第 7-1 條", "Article 7", "Article 7A").
ARTICLE_NUMBER = {"zh": r"第\s*[一二三四五六七八九十百千零〇\d]+(?:\s*[-－之]\s*[一二三四五六七八九十\d]+)?\s*[条條]",
                  "en": r"(?:Article|ARTICLE)\s+\d{1,4}(?:-\d{1,3}|[A-Z])?"}
# The title in brackets may be round or square: "第一条（目的）", "第一条【目的】", "Article 1 [Purpose]".
ZH_ARTICLE = rx(r"^(" + ARTICLE_NUMBER["zh"] + r"(?:\s*[（(【\[][^（）()【】\[\]。，]{1,20}[)）】\]])?)[\s\u3000]*"
                        r"(?<=[\s\u3000)）】\]])(\S.*)$", re.S)
EN_ARTICLE = rx(r"^(" + ARTICLE_NUMBER["en"] + r"(?:\s*(?:\([^()]{1,40}\)|\[[^\[\]]{1,80}\]))?)\s+([A-Z\"“‘'(].*)$", re.S)


def article_label(text: str, lang: str, titles: bool = False) -> tuple[str, str] | None:
    """An article's number (and bracketed title) at the start of its text, and the text. With `titles`
    (most of the document's articles open so), a title before a colon is the heading's too."""
    m = (ZH_ARTICLE if lang == "zh" else EN_ARTICLE).match(text.strip())
    if not m:
        return None  # (English text after the number starts with a capital: "Article 1 of the Law states …" cites it)
    label, rest = m.group(1).strip(), m.group(2).strip()
    first, _, after = rest.partition("\n")
    if after.strip() and not ends_with_final_punct(first) and (len(first) <= 20 if lang == "zh" else len(first.split()) <= 8):
        return f"{label} {first.strip()}", after.strip()  # "第三十一条　清算" over its text: the article's title
    # (Or its title before a colon: "第一條　名稱：本會中文名稱為…", "Article 1 Name: The Chinese name …".)
    t = _article_title(label, rest, lang) if titles else None
    if t:
        return f"{label} {t.group(1)}", t.group(2).strip()
    return label, rest


def _article_title(label: str, rest: str, lang: str) -> re.Match | None:
    """The title before a colon that opens an article's text: "名稱：本會…", "Rights of Members: Members …"."""
    t = ARTICLE_TITLE[lang].match(rest)
    if t and "（" not in label and "(" not in label and not (_lead_in(t.group(1), lang) or scope_frame(t.group(1), lang)):
        return t
    return None


def titled_articles(texts: list[str], lang: str) -> bool:
    """Three or more articles, and most of them open with a title before a colon ("第一條　名稱：…",
    "Article 1 Name: …"): the titles are the articles' headings. (Where a few do, "第三条　公司住所：…"
    among articles of plain text, they are fields.)"""
    arts = [m for m in ((ZH_ARTICLE if lang == "zh" else EN_ARTICLE).match(t.strip()) for t in texts) if m]
    titled = sum(1 for m in arts if _article_title(m.group(1).strip(), m.group(2).strip(), lang))
    return len(arts) >= 3 and titled * 5 >= len(arts) * 3


ARTICLE_TITLE = {"zh": rx(r"([^\s：:，,。；;「」“”（）()、]{1,8})[\s\u3000]*[：:][\s\u3000]*(\S.*)$", re.S),
                 "en": rx(r"([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|the|for|to|in|on)){0,5}):\s+(\S.*)$", re.S)}


# A label in square brackets that opens a paragraph: "【审慎阅读】您在申请注册……",
# "[Read Carefully] Before clicking to accept …", as a user agreement marks its opening notes.
BRACKET_LABEL = {"zh": rx(r"^(【[^【】\n。，：:]{2,12}】)\s*([\u4e00-\u9fff“「（(A-Za-z].{5,})$", re.S),
                 "en": rx(r"^(\[[A-Z][^\[\]\n.:;]{1,50}\])\s*([A-Z\"“(].{10,})$", re.S)}


def bracket_label(text: str, lang: str) -> tuple[str, str] | None:
    """A paragraph's opening label in square brackets, and the text after it."""
    m = BRACKET_LABEL[lang].match(text.strip())
    if not m or (lang == "en" and len(m.group(1).split()) > 7) or not ends_with_final_punct(m.group(2)):
        return None  # ("【個案分享】將軍澳海澄苑智慧屋苑改造" is a title line whole, label and all)
    inner = m.group(1).strip("【】[]［］〔〕 ")
    if (ADMONITION.match(inner) and not NOTICE_LINE.match(inner)) or inner in ("说明", "說明"):
        return None  # "【说明】首次同步前，……。", "[NOTE] Before the first …": a note in the text, heading nothing
    return m.group(1), m.group(2)


def strip_heading_punct(text: str) -> str:
    t = text.rstrip()
    if ABBREVIATION_END.search(t):
        return t  # "… directors etc." keeps the stop of its abbreviation
    return t.rstrip("。.:：").rstrip()


ZH_CONNECTORS = ("的", "和", "与", "與", "及", "并", "並", "或", "关于", "關於", "对", "對", "在", "之", "暨", "——", "—", "-")
# Words a title cannot stop at, that need the next line: "… to which this Ordinance does" / "not apply".
EN_UNFINISHED = ("does", "do", "did", "is", "are", "was", "were", "be", "been", "not", "which", "that", "who", "whom",
                 "may", "shall", "can", "will", "has", "have", "must")
ZH_LINKS = ("和", "与", "與", "及", "以及", "并", "並", "暨", "或")  # a line that starts with one goes on from the line above
# Adjectives that may end a heading by themselves ("Article 20 General", "Part 4 Financial"); others
# ("Intellectual", "Alternative") wait for their noun on the next line.
EN_LAST_ADJECTIVES = ("General", "Final", "Technical", "Financial", "Legal", "Medical", "Practical", "Additional", "Optional",
                      "Confidential", "Executive", "Critical", "Historical", "Editorial", "Public", "Periodic", "Basic")
# (A preposition that wants its object on the next line too: "3. TRANSFER OF PERSONAL DATA TO PLACES OUTSIDE" + "HONG KONG".)
EN_CONNECTORS = ("of", "and", "the", "for", "to", "in", "on", "with", "a", "an", "or", "by", "at", "from", "—", "-", "&",
                 "outside", "within", "between", "among", "into", "towards", "toward", "via", "against", "concerning", "regarding")
# Words that stand before a noun, so a title cannot end with them ("V. Access to Your" / "Medical Records").
EN_DETERMINERS = ("your", "our", "their", "its", "his", "her", "my", "this", "these", "those", "every", "each", "any")


def _goes_on_en(second: str) -> bool:
    """A short English line that goes on from the line above ("AND RELEASE", "and Analysis")."""
    words = second.split()
    return (bool(words) and words[0].lower() in ("and", "or", "of", "for", "to", "with", "&") and len(words) <= 6
            and not ends_with_final_punct(second))


def _bracketed_tail(first: str, second: str) -> bool:
    """A long numbered English title's last words, in brackets on the next line: "4.3 Running the
    SDK Without an Operating System" + "(Bare-Metal Adaptation)"; not a note ("(Deleted)")."""
    nb = numbering(first)
    rest = first[nb.length:].strip() if nb is not None else ""
    return (nb is not None and len(rest.split()) >= 4 and not rematch.search(r"[.;:,)]$", first.strip())
            and bool(rematch.fullmatch(r"\((?:[A-Z][\w'’-]*)(?: (?:[A-Z][\w'’-]*|of|and|for|the|in|on|to|with)){0,4}\)", second.strip()))
            and not DELETED_NOTE.fullmatch(second.strip()))


def _broken(first: str, second: str, lang: str) -> bool:
    """Two heading lines that are one heading broken over two lines."""
    if cut_in_brackets(first, second, lang):
        return True  # "乙部　收集個人資料聲明（適用於在學學生、家" + "長及監護人）"
    if bare_label(first) and not is_numbered(second) and not DELETED_NOTE.fullmatch(second.strip()):
        # "第一章" + "总则" is one heading; "附件" with no number heads the
        # whole annex, and "名词解释" under it is a section of its own (as
        # "Annex" over "Glossary" is).
        return not rematch.fullmatch(r"(附件|附录|附錄|附表|annex|appendix|schedule)", first.strip().rstrip(".:：、．"), re.I)
    if (lang == "en" and first.split()[-1:] and first.split()[-1].lower() in ("ended", "ending", "dated", "at", "on")
            and date_line(second) and len(second.split()) <= 4 and numbering(first) is not None):
        return True  # "Schedule 1 Consolidated Statement … for the Year Ended" + "31 March 2023"
    if lang == "en" and rematch.fullmatch(r"[\[(]?units?\s*:.*", second.strip(), re.I):
        return False  # "2.3.1 Key accounting data … for the past three years" over "Unit: RMB", its table's unit
    if is_numbered(second) or (lang == "zh" and rematch.fullmatch(r"[^\s，。；：]{1,6}(?:\s+[^\s，。；：]{1,6}){2,}", second.strip())):
        return False  # (three short words set apart by spaces, "週次　日期　　主題", name a table's columns)
    # A numbered heading cut in its list, after "、" or a comma: "第三章 會議的召集、" + "議程及文件",
    # "Chapter III Convening," + "Agenda and Documents of Meetings".
    if numbering(first) is not None and not ends_with_final_punct(second) and (
            (lang == "zh" and first.rstrip().endswith(("、", "，")) and len(second.strip()) <= 16)
            or (lang == "en" and first.rstrip().endswith(",") and 1 <= len(second.split()) <= 8
                and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in EN_SMALL_WORDS for w in second.split()))):
        return True
    nb = numbering(first)
    if nb is not None:
        # "一、总体" + "目标": a numbered heading cut after a word or two.
        # (The number's own stop is not the title's: "Section 8. Assistance with …".)
        rest = first[nb.length:].strip().lstrip(".．:：、").strip()
        if lang == "zh" and second.startswith("的") and len(second) <= 12 and not ends_with_final_punct(second):
            return True  # "4.3 在无操作系统（裸机）环境下运行 SDK" + "的适配方法": no line starts with "的"
        if (lang == "zh" and rematch.match(r"(?:以外|以內|以内|之外|之內|之内|之間|之间|以上|以下)(?:的|之)", second)
                and len(second) <= 12 and not ends_with_final_punct(second)):
            return True  # "第十條　將個人資料轉移至澳門特別行政區" + "以外的地方": nor one with "以外的"
        if lang == "en" and _bracketed_tail(first, second):
            return True
        if lang == "zh" and rematch.fullmatch(r"[（(][^（）()]*\d[^（）()]*[)）]", rest) and DATE_TOKEN.search(rest):
            return False  # a version and its date, "5.3.0（2024年11月12日）", over the first of its headings ("新增功能")
        if lang == "zh":
            # (Up to sixteen characters after "及", "与" or "和": "第六部分　資料保安、病歷保存期限及" +
            # "病歷與醫學影像紀錄的銷毀安排".)
            most = 16 if rest.endswith(ZH_LINKS) else 12
            if (second.startswith(ZH_LINKS) or rest.endswith(ZH_CONNECTORS)) and len(second) <= most and not ends_with_final_punct(second):
                # "四、创新券的申领、使用" + "与兑付程序", "3.5 供应链管理与" + "负责任采购": the line goes on with "and"
                return True
            # ("第四章　组织机构和负责人" + "产生、罢免": its last words a list of two.)
            if (rematch.match(r"第\s*[一二三四五六七八九十百\d]+\s*[章节節条條]", first) and len(rest) >= 8 and rematch.search(r"[、及与與和]", rest)
                    and len(second) <= 10 and not rematch.search(r"[\s，。；：,.;:]", second)
                    and (not rematch.search(r"、", second) or rematch.fullmatch(r"[\u4e00-\u9fff]{1,4}、[\u4e00-\u9fff]{1,4}", second))):
                # "第四章　财政、税收与港口" + "事务管理": a chapter's long title, listing, wrapped
                # ("第四十條　本會解散及解散後" + "資產之處置").
                return True
            last = rematch.split(r"[，：]", rest)[-1]
            if (rematch.search(r"[，：]", rest) and (len(last) <= 8 and 2 <= len(second) <= 6 or len(last) <= 12 and 7 <= len(second) <= 10 and nb.kind == "paren")
                    and not rematch.search(r"[\d\s，。；：、,.;:（）()“”]", second) and not second.startswith(("表", "图", "圖", "注", "註"))):
                # "二、深化友城交流合作，国际“朋友圈”" + "持续扩大": a heading of two clauses, the second cut short
                # ("二、安全饮水项目：让偏远村庄的孩子" + "喝上放心水" too; and a longer end under a point's
                # "（四）": "（四）坚持城乡融合发展，推进以人为核心的新型" + "城镇化和乡村全面振兴").
                return True
            # ("3.2 輕鋼架天花板" + "安裝": a last word of two characters wrapped on its own; a long
            # article's or annex's title's last word or two, "附件2　社区居家养老服务地方性法规" + "示范条款"
            # (a list's item, "8. 光学系统的端到端联合设计", may stand over a short heading: "重要日期").)
            # (Not a name under a short heading: "五、聯絡我們" over "海澄遊戲有限公司" and its address.)
            # (Nor a box's title under a chapter's: "第一章 永續治理" over "2023年亮點".)
            # (Nor a section's first heading under a chapter's short title: "第一節　引言" over "研究背景".)
            return ((1 <= len(rest) <= 4 and len(second) <= 8 and not organisation(second, "zh") and not second[:1].isdigit()
                     and not (nb.style == "zh-word" and nb.kind in ("chapter", "section", "part")))
                    or (len(second) <= 2 and len(rest) <= 12)
                    or (len(rest) >= 20 and len(second.strip()) <= 8 and not rematch.search(r"[\s，。；：、（）()]", second.strip())
                        and nb.kind != "list" and not organisation(second, "zh"))
                    # (A point's title that filled its line, with no clause in it: "三、我们如何委托处理、共同处理、
                    # 向第三方提供、转让和公开" + "披露您的个人信息".)
                    or (len(rest) >= 24 and len(second.strip()) <= 10 and not rematch.search(r"[\s，。；：、（）()]", second.strip())
                        and rematch.match(r"[一二三四五六七八九十]{1,3}、", first) and not rematch.search(r"[，。；：,;:]", rest)
                        and not organisation(second, "zh"))
                    or (len(second.strip()) <= 4 and len(rest) >= 12 and (nb.kind != "list" or first[:1] in ZH_FORMAL_NUMERALS)
                        and not rematch.search(r"[\s，。；：、（）()]", second.strip()))
                    ) and not ends_with_final_punct(second)
        if _goes_on_en(second):
            return True  # "11. LIMITATION OF LIABILITY, INDEMNIFICATION" + "AND RELEASE"
        if (rest.split()[-1:] and rest.split()[-1].lower().endswith("ed") and len(rest.split()) >= 3
                and 1 <= len(second.split()) <= 3 and second[:1].isupper() and not ends_with_final_punct(second)):
            return True  # "3.2 Mounting on a Suspended" + "T-Bar Ceiling": cut between a word and its noun
        if (len(rest.split()) >= 3 and rematch.fullmatch(r"[A-Z][a-z]+(?:al|ive|ic)", rest.split()[-1]) and rest.split()[-1] not in EN_LAST_ADJECTIVES
                and 1 <= len(second.split()) <= 3 and all(w[:1].isupper() for w in second.split()) and not ends_with_final_punct(second)
                and not rematch.search(r"[.;:,]$", first) and numbering(second) is None):
            return True  # "Section 9. Handling of Third-Party Intellectual" + "Property Claims": cut before the noun
        if (rest.split()[-1:] and rest.split()[-1].lower() in EN_UNFINISHED and second[:1].islower()
                and len(second.split()) <= 4 and not ends_with_final_punct(second)):
            return True  # "3. Performances to which this Ordinance does" + "not apply"
        if (lang == "en" and second[:1].islower() and len(second.split()) <= 5 and len(rest.split()) >= 3
                and not ends_with_final_punct(second) and not rematch.search(r"[.;:]$", first)):
            return True  # "12. Arrangements while tropical cyclone warning signal" + "is in force": no heading starts in lower case
        if rest.split()[-1:] and rest.split()[-1].lower() in EN_CONNECTORS + EN_DETERMINERS:
            # "3.2 … and Transfer of" + "Research Results": a long title wrapped (after "and", a longer
            # one: "Part 6  Data Security, Retention of Medical Records and" + "Arrangements for the
            # Destruction of Records and Medical Images").
            most = 10 if rest.split()[-1].lower() in ("and", "or", "&") else 6
            return len(second.split()) <= most and not ends_with_final_punct(second)
        words = second.split()
        if (lang == "en" and "," in rest and not rematch.search(r"\b(?:and|or)\b", rest.split(",")[-1], re.I) and not rematch.search(r"[.;:,]$", first)
                and rematch.search(r"\b(?:and|or|&)\b", second, re.I) and 2 <= len(words) <= 8
                and (_capitalised(words) == 1 or (first.isupper() and second.isupper()))
                and not ends_with_final_punct(second)):
            # (In capitals too: "ARTICLE 5 THIRD-PARTY COMPONENTS, OPEN SOURCE" + "SOFTWARE AND DATA SERVICES".)
            return True  # "Chapter 5 Software Updates, Technical Support, Online" + "Services and Personal Information Protection"
        if (lang == "en" and len(first) >= 40 and not rematch.search(r"[.;:,]$", first) and 2 <= len(words) <= 4
                and words[0] in EN_SMALL_WORDS and not ends_with_final_punct(second)
                and _capitalised(rest.split()) == 1 and all(w[:1].isupper() or w[:1].isdigit() or w in EN_SMALL_WORDS for w in words[1:])):
            return True  # "Chapter 1  Economic and Social Development of the Province" + "in 2023"
        if ((len(first) >= 65 or (len(first) >= (45 if "," in rest else 50) and len(rest.split()) >= 5 and _capitalised(rest.split()) == 1))
                and not rematch.search(r"[.;:,]$", first) and 1 <= len(words) <= 8 and not ends_with_final_punct(second)
                and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in EN_SMALL_WORDS for w in words)
                and any(w[:1].isupper() for w in words) and numbering(second) is None
                and not rematch.match(r"(?:part|division|subdivision|chapter|section|schedule|annex|appendix|article)\s+[\dIVXivx]", second, re.I)):
            # "3.1 Responding to Climate Change: Carbon Emissions Management, Energy Mix" +
            # "Optimisation and Green Manufacturing": a title that filled its line (or a long one in Title
            # Case: "Section 3 How We Entrust, Share, Transfer and Publicly Disclose" + "Children's Personal Information";
            # a year among its words: "4.4 Taking Forward Priority Projects under the Coastal" + "Resilience 2030 Strategy").
            return True
        # (A heading in capitals over one in Title Case is two: "SECTION 1 INTRODUCTION" over "Background".)
        return (len(rest.split()) <= 1 and len(second.split()) <= 3 and not ends_with_final_punct(second)
                and not (rest.isupper() and not second.isupper()))
    if lang == "zh":
        # (Or a list of things cut before its last: "重大投資、收購及出售附屬公司、聯營公司" + "及合營企業".)
        return first.endswith(ZH_CONNECTORS) or (second.startswith(ZH_LINKS) and "、" in first and len(second.strip()) <= 8
                                                 and not rematch.search(r"[\s，。；：、,.;:]", second.strip()))
    if _goes_on_en(second) and first.isupper() == second.isupper():
        return True  # "MANAGEMENT DISCUSSION" + "AND ANALYSIS"
    return first.split()[-1].lower() in EN_CONNECTORS if first.split() else False


MONTH_WORDS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
# Numbered things that are not parts of a document: a place, a caption's object, a count.
NOT_PARTS = MONTH_WORDS + ("room", "floor", "page", "pages", "table", "figure", "chart", "line", "lines", "gate",
                           "platform", "route", "bus", "flight", "booth", "hall", "seat", "row", "level", "grade",
                           "number", "version", "issue", "volume", "vol", "ward", "block", "building", "suite")


# A reference to the sections a schedule serves, after its label ("附表1 [第5、23及28條]",
# "Schedule 1 [ss. 5, 23 & 28]"): a note beside the heading, not part of its title.
SECTION_REF = rx(r"\s*([\[［][^\]］]{0,40}\d[^\]］]{0,40}[\]］])$")


def ordinal_label(text: str, lang: str) -> bool:
    """A line that is only a number and what it counts, in any words ("第三展厅",
    "第二单元", "Gallery 3", "Unit IV"): the label of a heading whose title may
    stand on the next line."""
    t = SECTION_REF.sub("", text.strip())
    if bare_label(t):
        return True
    if lang == "zh":
        # What a document counts in parts ("第三展厅", "第二单元"), not a party, a time or a rank ("第三方", "第一次", "第一名").
        m = rematch.fullmatch(r"第\s*[一二三四五六七八九十百\d]+\s*([\u4e00-\u9fff]{1,3})", t)
        return bool(m) and m.group(1)[0] not in "方次名位个個人者批届屆代轮輪"
    m = rematch.fullmatch(r"([A-Z][a-z]{2,})\s+(\d{1,3}|[IVX]{1,5})", t)
    return bool(m) and m.group(1).lower() not in NOT_PARTS


# What kind of annex it is, in brackets under its label: "（规范性）", "(informative)".
# An article's "（刪除）" / "(Deleted)" under its number is all its text, not part of its heading.
DELETED_NOTE = rx(r"[（(]\s*(?:删除|刪除|废止|廢止|deleted|repealed|omitted)\s*[）)]", re.I)
BRACKETED_KIND = rx(r"(?!" + DELETED_NOTE.pattern + r")[（(][^（）()]{1,14}[）)]", re.I)


# A chapter's number alone on its line, with its leading zero as a manual sets it large: "01", "07".
CHAPTER_NUMBER = rx(r"0[1-9]")


def _label_line(text: str, lang: str) -> bool:
    """A number label alone, or with its kind in brackets ("附录A（规范性）", "Annex A (normative)")."""
    t = text.strip()
    if CHAPTER_NUMBER.fullmatch(t):
        return True  # a chapter's number set large over its title, as a manual prints it ("01" over "安全注意事项")
    kind = rematch.search(r"\s*" + BRACKETED_KIND.pattern + "$", t)
    return ordinal_label(t, lang) or (kind is not None and kind.start() > 0 and ordinal_label(t[:kind.start()], lang))


def bare_number(text: str) -> bool:
    """A line that is only a clause's number ("3.1", "5.2.4")."""
    t = text.strip()
    nb = numbering(t)
    return nb is not None and nb.style == "dotted" and not t[nb.length:].strip()


def _term_line(text: str, lang: str) -> bool:
    """A term under its number in a standard's definitions: a few words, no sentence,
    in either case ("保温格口 insulated compartment", "cold storage element")."""
    t = text.strip()
    if not t or "\n" in t or is_bullet(t) or ends_with_final_punct(t) or t.endswith((":", "：", ",", "，", "、", ";", "；")):
        return False
    return (han_count(t) <= 20 and len(t) <= 60) if lang == "zh" else (len(t.split()) <= 8 and not rematch.search(r"[.;:!?]", t))


def _set_apart(first: Block, second: Block, others: frozenset[int] = frozenset()) -> bool:
    """A blank line stands between two lines of plain text ("二、财务报表", blank, "合并资产负债表"):
    two headings, not one broken over two lines. (The other language's line between them, in a
    text set line by line, is no blank: "第三章 會議的召集、" / "Chapter III Convening," / "議程及文件".)"""
    return not first.markdown and "\n" not in first.text and _blank_lines(first.line, second.line, others) > 0


def _goes_on(text: str, lang: str) -> bool:
    """A title's line that stops short, its end on the next line: "Enforcement, Penalties and",
    "財務、稅收與"; a comma ends a line of a list that goes on."""
    t = text.strip()
    if lang == "zh":
        return t.endswith(ZH_CONNECTORS + ("、", "，"))
    return bool(t.split()) and (t.split()[-1].lower() in EN_CONNECTORS + EN_DETERMINERS or t.endswith(","))


def _title_under(text: str, lang: str) -> bool:
    """A title under a number label ("远帆：港口与商人", "Distant Sails: Ports
    and Merchants"): short, no sentence, no number of its own."""
    t = text.strip()
    if not t or is_bullet(t) or ends_with_final_punct(t) or t.endswith((":", "：", ",", "，", "、")) or rematch.search(r"\d", t):
        return False
    return len(t) <= 30 if lang == "zh" else len(t.split()) <= 12 and t[0].isupper()


def _style(text: str) -> str:
    nb = numbering(text)
    if nb is None and CHAPTER_NUMBER.fullmatch(text.strip()):
        return "chapter"  # "07" over its title: a chapter, never one of the lines of a list under it
    if nb is None and rematch.match(r"[\[［]\d{1,3}[\]］]\s*\S", text.strip()):
        return "reference"  # "[1] 中华人民共和国公共图书馆法": an entry of the references, never a heading
    if nb is None and rematch.match(r"[a-z][\w.-]*(?: [a-z<\[][\w.<>\[\]-]*){0,3} [—–] \S", text.strip()):
        return "command"  # "ktl login — 登入帳戶": a command over what it does, not one more line of "語法", "說明"
    return f"{nb.style}:{nb.kind}" if nb else "none"


BOLD_LABEL = r"(\*\*|__)([^*_\n]{1,60}?)\1"  # "**公益优先：**", "__Article 1__"


# A counted point's first sentence in bold, then its text: "**一是工业生产较快增长，新动能持续壮大。** 上半年，……",
# "**First, industrial production grew rapidly.** In the first half, …".
BOLD_COUNTED = {
    "zh": rx(r"^(?:\*\*|__)((?:其|第)?[一二三四五六七八九十](?:是|，|、)[^*_\n。]{2,60}。)(?:\*\*|__)[ \t\u3000]*(\S.*)$", re.S),
    "en": rx(r"^(?:\*\*|__)((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?,[^*_\n]{2,200}?\.)"
                     r"(?:\*\*|__)[ \t]*(\S.*)$", re.S | re.I),
}


# A paragraph that opens with a sentence in bold ("**算力规模跃升。** 全年新增…",
# "**The government cloud was expanded.** We …").
BOLD_SENTENCE = rx(r"(?:\*\*|__)[^*_\n]{2,160}?[。.](?:\*\*|__)[ \t\u3000]*\S")


def md_bold_lead(text: str, lang: str, sentences: bool = False) -> tuple[str, str] | None:
    """A Markdown paragraph that opens with a short label in bold, then its text
    ("**公益优先：** 公共数据优先用于……", "**Article 1** These Measures …"): the
    label (its colon kept, as a plain-text run-in's) and the text after it, still Markdown.
    sentences: the document opens five or more paragraphs with a sentence in bold; such
    a sentence heads its paragraph whatever it says, as long as it is short."""
    counted = BOLD_COUNTED[lang].match(text.strip())
    if counted:
        return counted.group(1), counted.group(2)  # "**一是工业生产较快增长。** 上半年……", "**First, industry grew.** In …"
    m = rematch.match(BOLD_LABEL + r"\s*([:：])?[ \t\u3000]*(\S.*)$", text.strip(), re.S)
    if not m:
        return None
    if sum(1 for ln in text.strip().split("\n") if rematch.match(r"\s*" + BOLD_LABEL, ln)) >= 2:
        return None  # lines of bold fields ("**Study title:** …", "**Sponsor:** …"): particulars
    label, rest = m.group(2).strip() + (m.group(3) or ""), m.group(4).strip()
    short = len(label) <= 24 if lang == "zh" else 1 <= len(label.split()) <= 8
    # "**注册与登录。** 当您注册…", "**Body data.** To calculate …": a term in bold, then its text.
    term = not m.group(3) and _bold_term(label, lang)
    if sentences and not term and not m.group(3) and label.endswith(("。", ".")) and not label.endswith(".."):
        core = label[:-1]
        term = (4 <= len(core) <= 30 and not rematch.search(r"[，,；;]", core)) if lang == "zh" else 2 <= len(core.split()) <= 12
    if not term and (not short or ends_with_final_punct(label.rstrip(":：")) or _bilingual_label(label)):
        return None  # (a label in both languages, "**Decision 决定:**", is no heading of either)
    # A field and its value ("**客服热线：** 400-…", "**Email:** …") or a line of them is no heading.
    plain = rematch.sub(r"(\*\*|__)", "", rest)
    plain = rematch.sub(r"(\[[^\]\n]*\])\([^)\s]*\)", r"\1", plain)  # (a link's target is not its text)
    if CONTACT_VALUE.search(plain[:40]) or (not numbering(label) and not term and (len(plain) < 15 if lang == "zh" else len(plain.split()) < 6)):
        return None  # (a numbered label, "**第二条**", or a named step, "**Step 2: Install it.** Run:", heads however short its text)
    if not rematch.search(r"[。！？.!?；;:：]\W*$", plain.rstrip()):
        return None  # a value, not sentences ("**Study title:** A 52-week study of …")
    return label, rest


def _bilingual_label(label: str) -> bool:
    """A label in both languages ("Decision 决定:"): its Latin words translate its Chinese
    ones. A Chinese label with a word kept in Latin letters ("Cookie 横幅：", "API 密钥：")
    is Chinese."""
    latin = " ".join(rematch.findall(r"[A-Za-z][A-Za-z'-]{2,}", label))
    if not latin or not han_count(label):
        return False
    from .anchors import similarity

    return similarity("".join(rematch.findall(r"[\u4e00-\u9fff]+", label)), latin) >= 0.3


def _bold_term(label: str, lang: str) -> bool:
    """A bold label that ends with a full stop and names a thing rather than saying
    something: "注册与登录。", "Registration and sign-in.", not "请仔细阅读。" or "We agree."."""
    if not label.endswith(("。", ".")) or label.endswith(".."):
        return False
    core = label[:-1].strip()
    # (A step's number before its name: "步驟 1：備份設定檔。", "Step 1: Back up your configuration.")
    step = STEP_LINE.match(core)
    core = core[step.end():].strip() if step and core[step.end():].strip() else core
    nb = numbering(core)
    if nb is not None:
        # "4.1.1 构造待签名串。", "4.1.1 Building the string to sign.", "（一）下调存款准备金率。", "(i) Cutting the RRR."
        core = core[nb.length:].strip()
    if lang == "zh":
        return (2 <= len(core) <= 20 and han_count(core) >= 2 and rematch.fullmatch(r"[\u4e00-\u9fff]+(?:\s*[A-Za-z][\w-]*\s*[\u4e00-\u9fff]*)*|[A-Za-z][\w-]*\s*[\u4e00-\u9fff]+", core) is not None
                and not rematch.search(r"(?:我们|我們|您|你|请|請|是|将|將|应|應|可以|不得|须|須)", core))
    words = core.split()
    # (Up to eight words where an -ing word opens it: "Developing non-fossil energy on a large scale.")
    return (1 <= len(words) <= (8 if ing_title(words[0]) else 6) and words[0][:1].isupper() and not core.isupper()
            and words[0].lower() not in ("the", "a", "an") + EN_DETERMINERS  # "The screen shows ghosting."
            and not any(w.lower().strip(",") in EN_SAYING_WORDS for w in words))


def md_line_heading(text: str) -> str | None:
    """A Markdown paragraph that is a heading written without '#': one line,
    all in bold ('**第一章 总则**'), or a numbered line that is not a list item.
    Returns the heading's text without its markers."""
    t = text.strip()
    # (A bold heading wrapped over two lines is one: "**10. Changes to, Interruption and" /
    # "Termination of the Service**".)
    two = rematch.fullmatch(r"(\*\*|__)([^*_\n]+)\n([^*_\n]+)\1", t)
    if two:
        return join_units([two.group(2).strip(), two.group(3).strip()])
    if "\n" in t:
        return None
    m = rematch.fullmatch(r"(\*\*|__)(.+?)\1", t)
    if m and "**" not in m.group(2):
        return m.group(2).strip()
    nb = numbering(t)
    if nb and nb.style not in ("arabic", "letter") and not rematch.match(r"^[-*+>|`]", t):
        # Without its bold: '1.1 **范围**' heads as '1.1 范围', and '3.4 **…退回发票。**'
        # shows its full stop.
        return rematch.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", t)
    return None


def _short_plain(text: str, lang: str) -> bool:
    """A short line that says no sentence (a date, a name)."""
    t = text.strip()
    if ends_with_final_punct(t) and not t.endswith((":", "：")):
        return False
    return len(t) <= 25 if lang == "zh" else len(t.split()) <= 8


def _key(text: str) -> str:
    return " ".join(text.split())


def _restarts(prev: str, cur: str) -> bool:
    """The numbering starts again (a table of contents ends, the first heading begins)."""
    a, b = numbering(prev), numbering(cur)
    if not a or not b:
        return False
    try:
        return [int(x) for x in b.value.split(".")] <= [int(x) for x in a.value.split(".")]
    except ValueError:
        return False


def _closes(text: str) -> bool:
    """A date or an edition ("2025年版", "2025 Edition") closes the lines above it
    (a title's, a signature's): the line after it starts anew, no item of
    the same list."""
    return date_line(text) or bool(EDITION.fullmatch(text.strip()))


def _last_word_wrapped(first: Block, second: Block, lang: str) -> bool:
    """A long numbered English heading whose last word went to the next line, right
    under it ("II. Sustainability Governance and Stakeholder" / "Engagement")."""
    nb = numbering(first.text)
    words = second.text.split()
    return (lang == "en" and nb is not None and second.line == first.line + 1 and len(words) == 1
            and words[0][:1].isupper() and words[0].isalpha() and len(first.text[nb.length:].split()) >= 3
            and not ends_with_final_punct(first.text))


def _stack(out: list[tuple[str, list[Block]]], i: int, j: int) -> bool:
    """Unnumbered heading lines i..j-1 are headings of levels one under the other
    ("MANAGEMENT DISCUSSION AND ANALYSIS" / "Business Review" / "Property Management",
    then text), not a list: each is set apart by a blank line, none is named again
    further on, and text follows the last."""
    lines = [bs[0].line for _, bs in out[i:j]]
    apart = all(b > a + 1 for a, b in zip(lines, lines[1:]))
    text_after = j < len(out) and out[j][0] == "para" and len(out[j][1][0].text) > 20
    if not (apart and text_after):
        return False
    later = {_key(bs[0].text) for kind, bs in out[j:] if kind == "line"}
    return not any(_key(bs[0].text) in later for _, bs in out[i:j])


def _over_table(out: list[tuple[str, list[Block]]], j: int) -> bool:
    """Item j stands directly over a table's row: the table's caption or its columns'
    heading ("截至6月30日止六個月" over "2025年 2024年 變動"), not one more item of a
    list of lines above it ("截至…之中期業績公告", "財務摘要")."""
    # (A field under a line, "電話：(852) 2888 6000" under an address, is no table's row.)
    return (j + 1 < len(out) and out[j + 1][0] == "para" and out[j + 1][1][0].line == out[j][1][-1].line + 1
            and table_row(out[j + 1][1][0].text) and not rematch.search(r"[:：]", out[j + 1][1][0].text))


def _leaves_block(out: list[tuple[str, list[Block]]], i: int, j: int) -> bool:
    """Item j stands further down the file than items i..j-1, which stand in
    consecutive lines, one directly under the other: a list written as one
    block of lines ends with the block, and a line after it (a blank line or
    the other language between) is read on its own."""
    if j - i < 2 or out[j][1][0].line <= out[j - 1][1][-1].line + 1:
        return False
    # (Checked lazily: a run is extended one item at a time, so this is asked of every prefix.)
    return all(out[k + 1][1][0].line == out[k][1][-1].line + 1 for k in range(i, j - 1))


def _over_timeline(out: list[tuple[str, list[Block]]], i: int, j: int) -> int:
    """Line i, which no date opens, stands over two or more lines that each open with a
    date: the heading over a timeline ("年度大事紀要" over "2023年4月　…計劃開展",
    "Highlights of the Year" over "April 2023  Launch of …"), not the timeline's first
    entry. The end of the timeline's entries among lines i+1..j-1, else 0."""
    def dated(t: str) -> bool:
        m = DATE_TOKEN.match(t.strip())
        return bool(m) and bool(rematch.match(r"\s+\S", t.strip()[m.end():]))
    if dated(out[i][1][0].text):
        return 0
    k = i + 1
    while k < j and dated(out[k][1][0].text):
        k += 1
    return k if k - i >= 3 else 0


POINT_STYLES = LIST_STYLES - {"dotted"}  # a point counts within its parent ("1.2" is a subsection)


def numbered_point(text: str, lang: str) -> bool:
    """A numbered sentence alone on its line: "（一）聚焦产业升级，增强发展动能。",
    "(1) We will focus on industrial upgrading to strengthen the drivers of growth."."""
    t = text.strip()
    nb = numbering(t)
    if nb is None or nb.style not in POINT_STYLES or "\n" in t:
        return False
    body = t[nb.length:].strip()
    if lang == "zh":
        # (Two short phrases a semicolon joins make a title too: "（四）媒介及格式；技術上之修改。".)
        return (body.endswith("。") and 2 <= len(body) - 1 <= 30 and not rematch.search(r"[。！？;：:“”\"]", body[:-1])
                and not ("；" in body and (len(body) > 20 or body.count("；") > 1)))
    words = body.rstrip(".").split()
    return (body.endswith(".") and not body.endswith("..") and 2 <= len(words) <= 25 and body[:1].isupper()
            and not rematch.search(r"[.!?;:]\s", body[:-1]) and not ABBREVIATION_END.search(body))


def _point_style(text: str) -> str:
    """A point's numbering style, told apart by its numerals too: the items "（１）…"
    under a point "（一）…" are another list, not the points' run."""
    nb = numbering(text)
    t = text.strip()[:nb.length].strip("（()） .、．") if nb else ""
    numerals = "zh" if t and t[0] in ZH_NUM else "digit" if t[:1].isdigit() else "letter"
    return f"{_style(text)}:{numerals}"


# A year, "2023" or "二〇二三年", not a phone number.
YEAR = rx(r"(?<!\d)(?:19|20)\d{2}(?!\d)|[一二][〇零○][〇零○一二三四五六七八九]{2}\s*年")


def _numbered_points(items: list[tuple[str, list[Block]]], lang: str) -> None:
    """Numbered sentences alone on their lines, each over paragraphs of text, in a run
    counting from one ("（一）…。" text "（二）…。" text): a work report's points, headings
    of the text under them. (Items of a list follow one another with no text between.)
    A point may also open its paragraph ("（四）加强生态保护，建设美丽北湾。深入…"), as a
    report mixes both: such a run-in counts in the run, and stays a paragraph."""
    def point(k: int) -> tuple[str, bool] | None:
        """The point's number and whether it stands alone on its line."""
        kind, bs = items[k]
        if kind != "para" or len(bs) != 1 or bs[0].markdown:
            return None
        text = bs[0].text
        if not numbered_point(text, lang):
            first = split_sentences(text, lang)[:1]
            if first and first[0] != text.strip() and numbered_point(first[0], lang):
                return numbering(text).value, False
            return None
        after = items[k + 1] if k + 1 < len(items) else None
        if after is None or after[0] != "para" or _style(after[1][0].text) == _style(text):
            return None  # over text (or items of its own, "1. …" under "（一）授與權利。"), not over the next item
        return numbering(text).value, True

    found = [(k, p) for k in range(len(items)) if (p := point(k)) is not None]
    styles = {k: _point_style(items[k][1][0].text) for k, _ in found}
    for style in set(styles.values()):
        run: list[tuple[int, bool]] = []
        for k, p in [(k, p) for k, p in found if styles[k] == style] + [(None, None)]:
            if k is not None and p[0] == str(len(run) + 1):
                run.append((k, p[1]))
                continue
            if len(run) >= 2 and any(alone for _, alone in run):
                for r, alone in run:
                    if alone:
                        items[r] = ("line", items[r][1])
            run = [(k, p[1])] if k is not None and p[0] == "1" else []


def classify(mine: list[Block], lang: str, others: frozenset[int] = frozenset()) -> list[tuple[str, list[Block]]]:
    """Each block (or two joined blocks) as 'heading' (marked), 'line' (a
    heading line), 'entry' (a line of a contents list) or 'para'. A run of three or more heading-shaped lines in
    one numbering style with no text between is a list (or a table of
    contents), not headings. ``others``: the lines the other language's text
    holds (between two lines of this language they are not a blank line)."""
    items: list[tuple[str, list[Block]]] = []
    # (Lines of one capitalised word: where three or more stand alone, "Overview", "Results",
    # "Challenges" under each programme, one under a long numbered heading is one of them.)
    lone = sum(1 for b in mine if rematch.fullmatch(r"[A-Z][a-z]{2,}", b.text.strip())) if lang == "en" else 0
    # What the contents list names, by the page numbers after its dot leaders.
    listed = {entry_name(b.text) for b in mine if "\n" not in b.text and TOC_ENTRY.search(b.text)}
    # And every line of the text, whole: a list of what the document covers may name a heading whole, with no pages
    # (read when a heading line has a short line under it, once).
    said: set[str] = set()

    def said_whole(name: str) -> bool:
        if not said:
            said.update(entry_name(ln) for b in mine for ln in b.text.split("\n") if ln.strip())
        return name in said

    for idx, b in enumerate(mine):
        if b.kind == "heading" and not b.markdown and items and items[-1][0] == "line" and len(items[-1][1]) == 1 and (
                (CHAPTER_NUMBER.fullmatch(items[-1][1][0].text.strip()) or _label_line(items[-1][1][0].text, lang))
                and b.line == items[-1][1][0].line + 1):
            # "07" over "技术参数", a heading the reader found over its table; "Schedule 1" over
            # "Designated Piers", set out from the text under it.
            items[-1] = ("line", items[-1][1] + [b])
        elif b.kind == "heading":
            # A contents label marked as a heading ("## 目录 / Contents") is one: its author
            # made the list of links a section of its own, as readers take it. A key figure
            # a converter marked as one ("# 148.62亿元", "# 36.8%") is text.
            items.append(("para" if key_figure(b.text) else "heading", [b]))
        elif b.outlined:
            items.append(("para", [b]))  # the layout set its headings apart: this is text
        elif b.markdown:
            t = md_line_heading(b.text)
            # (A line in bold may be a table's caption: "**表1　2019—2023年技术合同情况**".)
            ok = t is not None and idx < len(mine) - 1 and heading_line(t, lang) and not never_heading(t)
            items.append(("mdline" if ok else "para", [b]))
        elif (items and items[-1][0] == "line" and len(items[-1][1]) == 1 and _label_line(items[-1][1][0].text, lang)
              and b.line == items[-1][1][0].line + 1 and (_title_under(b.text, lang) or BRACKETED_KIND.fullmatch(b.text.strip())
                                                          # (or its first line, cut in a list: "EDUCATION, SCIENCE, RELIGION,")
                                                          or (_goes_on(b.text, lang) and _title_under(b.text.strip().rstrip(",，、"), lang)))
              and not DELETED_NOTE.fullmatch(b.text.strip())):
            items[-1] = ("line", items[-1][1] + [b])
        elif (items and items[-1][0] == "line" and len(items[-1][1]) == 2 and _label_line(items[-1][1][0].text, lang)
              and b.line == items[-1][1][1].line + 1 and _goes_on(items[-1][1][1].text, lang)
              and _title_under(b.text, lang) and (len(b.text.strip()) <= 12 if lang == "zh" else len(b.text.split()) <= 5)):
            items[-1] = ("line", items[-1][1] + [b])  # "Part 5" / "Enforcement, Penalties and" / "Miscellaneous"
        elif (items and items[-1][0] == "line" and len(items[-1][1]) == 2 and ordinal_label(items[-1][1][0].text, lang)
              and BRACKETED_KIND.fullmatch(items[-1][1][1].text.strip()) and b.line == items[-1][1][1].line + 1
              and _title_under(b.text, lang) and not BRACKETED_KIND.fullmatch(b.text.strip())):
            items[-1] = ("line", items[-1][1] + [b])  # "附录A" / "（规范性）" / "数据元素定义", a standard's annex on three lines
        elif (items and items[-1][0] in ("para", "line") and len(items[-1][1]) == 1 and bare_number(items[-1][1][0].text)
              and b.line == items[-1][1][0].line + 1 and idx < len(mine) - 1 and _term_line(b.text, lang)):
            items[-1] = ("line", items[-1][1] + [b])  # a standard's term: "3.1" over "智能快件箱 intelligent parcel locker"
        elif (lang == "en" and items and items[-1][0] == "line" and len(items[-1][1]) == 1
              and b.line == items[-1][1][0].line + 1
              and ((rematch.fullmatch(r"[a-z][A-Za-z0-9,'’ -]*", b.text) and _broken(items[-1][1][0].text, b.text, lang))
                   or _bracketed_tail(items[-1][1][0].text, b.text))):
            items[-1] = ("line", items[-1][1] + [b])  # "5.1 Pooling Investment and Operations at" / "the Provincial Level"
            # (or its last words in brackets: "4.3 Running the SDK Without an Operating System" / "(Bare-Metal Adaptation)")
        elif (items and items[-1][0] == "para" and len(items[-1][1]) == 1
              and items[-1][1][0].text.rstrip().endswith(("、", "，") if lang == "zh" else (",",))
              and numbering(items[-1][1][0].text) is not None and b.line > items[-1][1][0].line
              and _blank_lines(items[-1][1][0].line, b.line, others) == 0  # (the other language's line between, set line by line)
              and (len(b.text.strip()) <= 20 if lang == "zh" else len(b.text.split()) <= 8) and not ends_with_final_punct(b.text)
              and heading_line(items[-1][1][0].text.rstrip() + ("" if lang == "zh" else " ") + b.text.strip(), lang)):
            # "第四章　我们如何委托处理、共享、转让、" / "公开披露您的个人信息": a heading wrapped inside its list
            # ("Chapter 10 Merger, Division, Capital Increase, Capital Reduction," / "Dissolution and Liquidation").
            items[-1] = ("line", items[-1][1] + [b])
        elif (items and items[-1][0] == "line" and len(items[-1][1]) == 1 and b.line == items[-1][1][0].line + 1
              and not ends_with_final_punct(b.text) and len(b.text) <= 40 and not rematch.fullmatch(r"[（(][^（）()]*[)）]", b.text.strip())
              and (entry_name(joined := items[-1][1][0].text + ("" if lang == "zh" else " ") + b.text) in listed
                   or (not rematch.search(r"\d", b.text) and rematch.search(r"[\u4e00-\u9fff]{2}|[A-Za-z]{3}", b.text) and said_whole(entry_name(joined))))
              and entry_name(items[-1][1][0].text) not in listed):
            # "三、我们如何委托处理、共享、转让、公开披露您的个" / "人信息": a heading wrapped where the contents
            # list names it whole ("三、我们如何委托处理、共享、转让、公开披露您的个人信息 ...... 4", or with no pages
            # under "本政策将帮助您了解以下内容：", where the line's end is words, not a page's number or a chart's
            # values). (Not a number in brackets under a notice's title, "（第十九号）", which the list may name with it.)
            items[-1] = ("line", items[-1][1] + [b])
        elif (items and items[-1][0] == "line" and len(items[-1][1]) <= 2 and b.line == items[-1][1][-1].line + 1
              and _qualifier(b.text, lang, items[-1][1][0].text)):
            items[-1] = ("line", items[-1][1] + [b])  # "案例一　……" / "——刘某某诉刘甲赡养纠纷案"
        elif (idx < len(mine) - 1 and len(b.text) < 200 and heading_line(b.text, lang) and not table_row(b.text)
              and _style(b.text) != "reference" and not _label_over_lead_in(b.text, lang)):
            # (Not a table's column names over their rule: "Item  Specification" / "-----  -----".)
            ruled = idx + 1 < len(mine) and bool(COLUMN_RULE.fullmatch(rule := mine[idx + 1].text.strip())) and len(rule.split()) >= 2
            if items and items[-1][0] == "line" and len(items[-1][1]) == 1 and not ruled and (
                    (_broken(items[-1][1][0].text, b.text, lang) and not _set_apart(items[-1][1][0], b, others))
                    or (_last_word_wrapped(items[-1][1][0], b, lang) and lone < 3)):
                items[-1] = ("line", items[-1][1] + [b])
            else:
                items.append(("line", [b]))
        else:
            items.append(("para", [b]))
    _numbered_points(items, lang)
    # A signature at the end (an office, then a date) is not a section.
    last = max((k for k, it in enumerate(items) if it[0] in ("line", "heading")), default=-1)
    if last >= 0 and items[last][0] == "line":
        tail = [b for _, bs in items[last + 1:] for b in bs]
        if (len(tail) <= 2 and all(_short_plain(b.text, lang) for b in tail) and not is_numbered(items[last][1][0].text)
                and any(YEAR.search(b.text) for b in tail)):
            items[last] = ("para", items[last][1])
    # Lists: runs of >= 3 lines in the same style.
    out = list(items)
    last_line = {_key(bs[0].text): k for k, (kind, bs) in enumerate(out) if kind == "line"}

    def named_again(k: int) -> bool:
        """Item k is a heading line whose text stands as a line again further on
        (also when it was just read as an item of a list: "一、…" "二、…" "三、…"
        under "第一部分 …" in a contents list of several levels)."""
        return items[k][0] == "line" and last_line.get(_key(items[k][1][0].text), k) > k

    i = 0
    while i < len(out):
        if out[i][0] != "line":
            i += 1
            continue
        j = i + 1
        style = _style(out[i][1][0].text)
        while (j < len(out) and out[j][0] == "line" and _style(out[j][1][0].text) == style and not _closes(out[j - 1][1][0].text)
               and not _restarts(out[j - 1][1][0].text, out[j][1][0].text) and not _leaves_block(out, i, j) and not _over_table(out, j)):
            j += 1
        if j - i >= 3 and style == "none" and j - i <= 4 and _stack(out, i, j):
            i = j  # headings one over the other, each set apart, over the first one's text: not a list
            continue
        end = _over_timeline(out, i, j) if style == "none" else 0
        if end:
            for k in range(i + 1, end):
                out[k] = ("para", out[k][1])
            i = end  # a heading over the dated entries of a timeline
            continue
        if j - i >= 3:
            # A contents list ends with the lines it names again further on
            # ("附录：术语解释" after "十四、如何联系我们").
            while j < len(out) and named_again(j):
                j += 1
            for k in range(i, j):
                out[k] = ("para", out[k][1])
        i = max(j, i + 1)
    # A contents list of several levels (编, 章, 节 mixed): three or more heading
    # lines in a row, with no text between, each named again further on.
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and named_again(j):
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                out[k] = ("para", out[k][1])
        i = max(j, i + 1)
    # The lines right under a contents label ("目录", "Contents"), one to a line with
    # no blank line between them, are its entries whatever their shape
    # ("关于本报告", "专题　迈向净零：澜海集团净零路线图", "三、环境：守护绿水青山").
    for i, (kind, bs) in enumerate(out):
        if bs[0].markdown or not TOC_RE.match(bs[0].text.strip()):
            continue
        prev, k, seen, named = bs[-1].line, i + 1, [], set()
        # (Where the first heading follows with no blank line, its number starts again: "第一章" after "第四章";
        # or it names an entry of the list: "局长致辞" after "局长致辞 …… 1", on the next page.)
        while (k < len(out) and len(out[k][1]) == 1 and not out[k][1][0].markdown
               and _blank_lines(prev, out[k][1][0].line, others) <= (1 if k == i + 1 else 0) and _contents_entry(out[k][1][0].text, lang)
               and entry_name(out[k][1][0].text) not in named
               and not (seen and _style(seen[-1]) == _style(out[k][1][0].text) and _restarts(seen[-1], out[k][1][0].text))):
            out[k] = ("entry", out[k][1])
            seen.append(_key(out[k][1][0].text))
            named.add(entry_name(seen[-1]))
            prev, k = out[k][1][0].line, k + 1
    # Heading lines between a contents label or entry and the entries below them are
    # the list's group labels ("第1部——導言" over "1.　生效日期 ........ B3021"), not headings.
    def listed(k: int) -> bool:
        t = out[k][1][0].text.strip()
        return (out[k][0] == "entry" or bool(TOC_ENTRY.search(t) or PART_PAGE_REF.search(t) or PAGE_COLUMN.fullmatch(t))
                or (bool(TOC_RE.match(t)) and not out[k][1][0].markdown))

    k = 0
    while k < len(out):
        if out[k][0] != "line" or out[k][1][0].markdown:
            k += 1
            continue
        if k > 0 and listed(k - 1) and PAGE_COLUMN.fullmatch(out[k][1][0].text.strip()):
            out[k] = ("entry", out[k][1])  # (the list's column heads)
            k += 1
            continue
        j = k
        while j < len(out) and out[j][0] == "line" and not out[j][1][0].markdown and not listed(j):
            j += 1
        if k > 0 and listed(k - 1) and j < len(out) and listed(j) and j - k <= 3:
            for n in range(k, j):
                out[n] = ("entry", out[n][1])
        k = max(j, k + 1)
    # A line after the contents list that one of its entries names ("聯絡我們" over an
    # address) is a heading line whatever its shape, as long as text follows it.
    names = {entry_name(bs[0].text) for kind, bs in out if kind == "entry"}
    last_entry = max((k for k, (kind, _) in enumerate(out) if kind == "entry"), default=len(out))
    for k in range(last_entry + 1, len(out) - 1):
        kind, bs = out[k]
        if (kind == "para" and len(bs) == 1 and not bs[0].markdown and "\n" not in bs[0].text and entry_name(bs[0].text) in names
                and rematch.search(r"\w", bs[0].text)):  # (not the rule under the list, "────", drawn again between chapters)
            out[k] = ("line", bs)
    # Lines joined as one heading that turned out to be text (or a contents entry) are
    # each their own paragraph again ("第八章　离职" + "附则" at the end of a contents list).
    flat: list[tuple[str, list[Block]]] = []
    for kind, bs in out:
        flat += [(kind, [b]) for b in bs] if kind in ("para", "entry") else [(kind, bs)]
    return flat


def _label_over_lead_in(text: str, lang: str) -> bool:
    """A numbered label and the lead-in to its list on one line ("四、宗旨：本會之宗旨為：",
    "4. Objects: The objects of the Association are:"): a clause's run-in title over its
    text, as its siblings are, not a heading line with its colon inside."""
    t = text.strip()
    if not t.endswith((":", "：")) or numbering(t) is None:
        return False
    label = runin_label(t, lang)
    return label is not None and label[1].strip().endswith((":", "：")) and len(label[1].strip()) > 2


def _qualifier(text: str, lang: str, heading: str) -> bool:
    """A line right under a heading line that belongs to it: the name after a dash that
    a case's or a chapter's title carries ("——刘某某诉刘甲、刘乙赡养纠纷案", "— Liu v. Liu A").
    (Whom a part is for, in brackets under it, "（適用於學生及入學申請人）", is said in one
    language and not the other as often as in both: it stays a line of its own.)"""
    t = text.strip()
    if ends_with_final_punct(t) or heading.rstrip().endswith((":", "：", "，", ",")) or never_heading(heading):
        return False
    short = len(t) <= 60 if lang == "zh" else len(t.split()) <= 20
    return bool(rematch.match(r"(?:——|—|–)\s*\S", t)) and short and not is_bullet(t)


def _blank_lines(prev: int, line: int, others: frozenset[int]) -> int:
    """How many blank lines lie between line prev and a later line (the other
    language's lines between them, as in an interleaved contents list, are not blank)."""
    if line <= prev:
        return 1 << 30
    return sum(1 for n in range(prev + 1, line) if n not in others)


# A contents entry's page: a number, or after dot leaders a Roman one ("Foreword ........ II"),
# or an ordinance's part and page ("2.    釋義        1-1", "附表1    費用    S1-1"), or a gazette's
# page, a letter and its number ("3.　Register　B1541").
PART_PAGE_REF = rx(r"\S\s+S?\d{1,3}-\d{1,3}$|\S\s+[A-Z]\d{3,4}$")
PAGE_REF = rx(rf"[\s.·…⋯．・]*\d{{1,4}}$|\s*[.·…⋯．・](?:\s?[.·…⋯．・]){{2,}}\s*{ROMAN_PAGE}$"
                      r"|(?<=\S)\s+S?\d{1,3}-\d{1,3}$|(?<=\S)\s+[A-Z]\d{3,4}$")
# The heads of a contents list's columns: "條次    頁次", "Section    Page".
PAGE_COLUMN = rx(r"(?:\S{1,12}\s+)?(?:頁次|页次|頁碼|页码|Page|Pages)", re.I)


def entry_name(text: str) -> str:
    """What a contents list's line names: its page number, dot leaders and spaces dropped
    ("財務摘要 ........ 20" → "財務摘要"; "第一章　总则" → "第一章总则")."""
    return rematch.sub(r"\s+", "", PAGE_REF.sub("", text.strip()))


def _contents_entry(text: str, lang: str) -> bool:
    """A line a contents list could hold: short, no sentence (a page number may end it)."""
    t = PAGE_REF.sub("", text.strip())
    if not t or "\n" in text or rematch.search(r"[。！？；]|[.!?;]\s", t):
        return False
    return len(t) <= 40 if lang == "zh" else len(t.split()) <= 16


# --------------------------------------------------------------------------- outline


# A heading printed with its characters spaced out: "参　考　文　献", "附　录　A". (Two characters
# alone, "是　否", may be a form's columns: they stay as written.)
_SPACED_SUFFIX = r"[ \u3000]+(?:[A-Z]|\d{1,2}|[一二三四五六七八九十]{1,3})"
LETTER_SPACED = rx(rf"(?:[\u4e00-\u9fff][ \u3000]+){{2,7}}[\u4e00-\u9fff](?:{_SPACED_SUFFIX})?"
                           rf"|[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]{_SPACED_SUFFIX}")


def _unspaced(text: str) -> str:
    """A spaced-out heading as it reads: "附录 A", "参考文献"."""
    return rematch.sub(r"[ \u3000]+", " ", rematch.sub(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])", "", text.strip()))


def outline(blocks: list[Block] | tuple[Block, ...], lang: str) -> Outline:
    """Build one language's outline: parts split at every heading candidate."""
    mine = [b for b in blocks if b.lang == lang or _stream(b) == lang]
    own = set(map(id, mine))
    others = frozenset(n for b in blocks if id(b) not in own and b.file == (mine[0].file if mine else None)
                       for n in range(b.line, b.line + b.text.count("\n") + 1))
    mine = [replace(b, text=_unspaced(b.text)) if LETTER_SPACED.fullmatch(b.text.strip()) else b for b in mine]
    parts: list[Part] = []
    heading: Heading | None = None
    paras: list[Paragraph] = []

    def flush():
        nonlocal heading, paras
        if heading is not None or paras:
            parts.append(Part(heading, tuple(paras)))
        heading, paras = None, []

    items = classify(mine, lang, others)
    titles = titled_articles([b.text for b in mine], lang)
    points = _text_points(items, lang)
    bold_sentences = sum(1 for b in mine if b.markdown and BOLD_SENTENCE.match(b.text.strip())) >= 5
    for kind, bs in items:
        b = bs[0]
        if kind == "heading":
            flush()
            heading = Heading(strip_heading_punct(b.text) or b.text, b.line, "strong", max(1, b.level), b.markdown, b.text, b.outlined)
            continue
        if kind == "mdline":
            flush()
            t = md_line_heading(b.text) or b.text
            heading = Heading(strip_heading_punct(t) or t, b.line, "strong", 2, True, b.text)
            continue
        if kind == "entry":  # an entry of a contents list: text, never a run-in heading
            paras.append(Paragraph((b.text,), b.line))
            continue
        if b.outlined:  # text the layout set apart from its headings: never a run-in heading
            paras.append(Paragraph(split_sentences(b.text, lang), b.line))
            continue
        if b.markdown:
            lead = md_bold_lead(b.text, lang, bold_sentences)
            if lead:
                flush()
                # Not marked as a Markdown heading: the rules for plain run-in labels apply to it.
                heading = Heading(strip_heading_punct(lead[0]) or lead[0], b.line, "weak", 2, False, lead[0])
                paras.append(Paragraph((lead[1],), b.line, True))
                continue
            lead = _md_numbered_runin(b, lang) if len(bs) == 1 else None
            if lead:
                flush()
                heading = Heading(strip_heading_punct(lead[0]) or lead[0], b.line, "weak", raw=lead[0])
                paras.append(Paragraph((lead[1],), b.line, True))
                continue
            for lb in bs:
                paras.append(Paragraph((lb.text,), lb.line, True))
            continue
        if kind == "line":
            flush()
            text = b.text
            ref = SECTION_REF.search(text) if len(bs) > 1 else None
            if ref:  # kept as the section's first line
                text = text[:ref.start()]
            for nb in bs[1:]:
                glued = lang == "zh" and (nb.text.startswith(("（", "(")) or not (ordinal_label(text, lang) or bare_number(text)
                                                                                   or text.strip().isdigit()))
                # (A compound broken at its hyphen goes on without a space: "Store-and-" / "Forward".)
                glued = glued or (lang == "en" and rematch.search(r"[A-Za-z]-$", text) is not None and nb.text[:1].isalpha())
                text += ("" if glued else " ") + nb.text
            # (A standard's term keeps its English name, as the standard prints it: "3.1 工业物联网网关
            # industrial Internet of Things gateway".)
            heading = Heading(strip_heading_punct(text) or text, b.line, "strong", raw=text)
            if ref:
                paras.append(Paragraph((ref.group(1),), b.line))
            continue
        label = article_label(b.text, lang, titles) or runin_label(b.text, lang) or bracket_label(b.text, lang)
        if label:
            flush()
            heading = Heading(strip_heading_punct(label[0]) or label[0], b.line, "weak", raw=label[0])
            paras.append(Paragraph(split_sentences(label[1], lang), b.line))
            continue
        sents = split_sentences(b.text, lang)
        if runin_heading(sents, lang) and b.line not in points:
            flush()
            heading = Heading(strip_heading_punct(sents[0]), b.line, "weak", raw=sents[0])
            rest = _rest_after_first(b.text, sents)
            paras.append(Paragraph(split_sentences(rest, lang), b.line))
            continue
        paras.append(Paragraph(sents, b.line))
    flush()
    return Outline(lang, tuple(parts), frozenset(entry_name(bs[0].text) for kind, bs in items if kind == "entry"))


def _text_points(items: list[tuple[str, list[Block]]], lang: str) -> set[int]:
    """The lines of numbered paragraphs that follow each other ("一、…" "二、…" "三、…"
    "四、…") where half or more do not open with a run-in heading: they are a list's points, and
    the one whose first sentence happens to be short ("四、本报告电子版可在本局网站下载。
    如有疑问……") is a point like the others, not a heading."""
    out: set[int] = set()
    run: list[tuple[Block, bool]] = []

    def close():
        if len(run) >= 3 and sum(1 for _, h in run if h) * 2 <= len(run):
            out.update(b.line for b, _ in run)
        run.clear()

    prev: Number | None = None
    for kind, bs in items:
        nb = numbering(bs[0].text) if kind == "para" and len(bs) == 1 and not bs[0].markdown else None
        if not (nb and prev and (prev.style, prev.kind) == (nb.style, nb.kind) and prev.value.isdigit() and nb.value.isdigit()
                and int(nb.value) == int(prev.value) + 1):
            close()
        if nb:
            run.append((bs[0], runin_heading(split_sentences(bs[0].text, lang), lang)))
        prev = nb
    close()
    return out


def _md_numbered_runin(b: Block, lang: str) -> tuple[str, str] | None:
    """A Markdown paragraph that opens with a numbered run-in heading in plain
    words, as plain text does ("（一）依托单位条件。依托单位应当……", "(1) Host
    institutions. A host institution …"): (heading, the rest). Only numbers in
    brackets or Chinese ordinals, which Markdown does not make a list of."""
    t = b.text
    nb = numbering(t)
    if "\n" in t or nb is None or nb.style not in ("paren", "zh-list"):
        return None
    sents = split_sentences(t, lang)
    if not sents or rematch.search(r"[*_`\[\]<>|#]", sents[0]) or not runin_heading(sents, lang):
        return None
    return sents[0], _rest_after_first(t, sents)


def _rest_after_first(text: str, sents: tuple[str, ...]) -> str:
    i = text.find(sents[0])
    return text[i + len(sents[0]):].strip() if i >= 0 else " ".join(sents[1:])


def _stream(b: Block) -> str:
    return b.lang


__all__ = ["split_zh", "split_en", "split_sentences", "outline", "heading_line", "runin_heading", "is_numbered"]
