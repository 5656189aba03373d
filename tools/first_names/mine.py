#!/usr/bin/env python3
"""Scan the corpus once: per normalized word, count
  total   - occurrences (bare or with و/ل/ب prefix)
  follow  - occurrences directly followed by a content word (not function word/punct)
  al      - occurrences of the same word with the article (ال/وال/بال/لل) -> common-word signal
  ctx     - occurrences in a name slot: after a title/role noun or speech verb, as
            X Y followed by punctuation / verb / end (the mining pattern)
Writes stats.tsv (word total follow al ctx) and ctx_examples.tsv."""
import gzip, json, re, sys, collections, pickle
DIAC = re.compile('[\u064B-\u065F\u0670\u0640]')
def norm(w):
    w = DIAC.sub('', w)
    w = re.sub('[أإآٱ]', 'ا', w)
    return w.replace('ى', 'ي').replace('ة', 'ه')
TOK = re.compile(r'[\u0621-\u064A\u0660-\u0669\u064B-\u065F\u0670\u0640]+|[^\s\w]|\w+')
FUNC = set(norm(w) for w in '''في من إلى على عن مع أن إن أنه أنها بأن لأن كان كانت قد لقد لم لن لا ما ماذا هذا هذه ذلك تلك الذي التي الذين هو هي هم هن نحن أنا و أو ثم بل حتى منذ بعد قبل عند خلال بين حول ضد عبر دون غير كل بعض أي كما إذا إذ لكن لكنه وقد وكان وكانت وأن وفي ومن وعلى وهو وهي أمس اليوم يوم أيضا أيضاً حيث التى إنه إنها فقد فيما بينما لدى لدي لها له لهم به بها منه منها عليه عليها فيه فيها إليه إليها عنه عنها معه أكثر أقل جدا مثل نحو وفق وفقا تجاه إزاء سوى ليس ليست هناك هنا'''.split())
VERBS = set(norm(w) for w in '''قال قالت وقال وقالت يقول تقول أكد أكدت وأكد وأكدت ذكر ذكرت وذكر وذكرت أوضح أوضحت وأوضح وأوضحت أضاف أضافت وأضاف وأضافت أشار أشارت وأشار وأشارت صرح صرحت وصرح وصرحت كتب كتبت وكتب وكتبت اعتبر اعتبرت واعتبر واعتبرت رأى رأت أعلن أعلنت وأعلن وأعلنت لفت ولفت طالب طالبت دعا دعت ودعا ودعت نفى نفت ونفى ونفت أفاد أفادت وأفاد وأفادت تابع تابعت وتابع وتابعت بحسب حسب وبحسب يضيف تضيف ويضيف وتضيف أبلغ أبلغت شدد شددت وشدد وشددت'''.split())
TITLES = set(norm(w) for w in '''السيد السيدة الدكتور الدكتورة المهندس المهندسة الأستاذ الأستاذة الرئيس الرئيسة الكاتب الكاتبة الصحفي الصحفية الصحافي الصحافية اللاعب اللاعبة المدرب النجم النجمة الفنان الفنانة الممثل الممثلة المغني المغنية المطرب المطربة المخرج المخرجة الناشط الناشطة المحامي المحامية الباحث الباحثة المواطن المواطنة الشاب الشابة الطفل الطفلة المستشار المستشارة السفير السفيرة الأمير الأميرة النائب النائبة السيناتور الجنرال العميد اللواء العقيد المقدم الرائد النقيب الشيخ الشيخة الروائي الروائية الشاعر الشاعرة الأديب المؤرخ المحلل المحللة الخبير الخبيرة الأكاديمي الأكاديمية البروفيسور البروفسور الطبيب الطبيبة المراسل المراسلة المذيع المذيعة الإعلامي الإعلامية المصور المعارض المعارضة الوزير الوزيرة الملاكم العداء العداءة المهاجم الحارس المدافع لاعب لاعبة الكابتن القاضي القاضية المدعي المحقق الأب الأم الحاج الحاجة زوجته زوجها ابنه ابنته شقيقه شقيقته والده والدته الفتاة الفتى الطالب الطالبة الأسير الأسيرة الشهيد الشهيدة الضحية المتهم المتهمة الرسام الملحن المنتج المنتجة المغرد المغردة المدون المدونة الداعية الإمام المطران البابا الكاردينال الحاخام الزعيم القائد المرشح المرشحة المتحدث المتحدثة مراسل مراسلة الناطق المدير المديرة رئيس رئيسة وزير وزيرة مدير مديرة عضو عضوة الملياردير رجل سيدة امرأة السيدة الأولى الممرضة الممرض العالم العالمة الفيلسوف'''.split())
NISBA = re.compile(r'^ال\w+(ي|يه)$')
PUNCT = set('.,،؛:!?؟"()«»-–—\'“”[]/')
stats = collections.defaultdict(lambda: [0,0,0,0])
ex = collections.defaultdict(list)
def base(w):
    """strip و/ل/ب prefix alternatives: return list of candidate base forms"""
    out=[w]
    if len(w)>3 and w[0] in 'ولب': out.append(w[1:])
    if len(w)>4 and w[:2] in ('ول','وب'): out.append(w[2:])
    return out
def content(t):
    return t is not None and t not in FUNC and t not in PUNCT and re.match(r'^[\u0621-\u064A]+$', t) and len(t)>=2
n=0
with gzip.open(sys.argv[1],'rt') as f:
    for line in f:
        d=json.loads(line); n+=1
        text = (d.get('title') or '')+' . '+(d.get('text') or '')
        toks=[norm(t) for t in TOK.findall(text)]
        L=len(toks)
        for i,t in enumerate(toks):
            if not re.match(r'^[\u0621-\u064A]+$', t): continue
            nxt = toks[i+1] if i+1<L else None
            for b in base(t):
                s=stats[b]; s[0]+=1
                if content(nxt): s[1]+=1
            for pre in ('ال','وال','بال','فال'):
                if t.startswith(pre) and len(t)>len(pre)+2:
                    stats[t[len(pre):]][2]+=1; break
            else:
                if t.startswith('لل') and len(t)>4: stats[t[2:]][2]+=1
            # name-slot pattern: PREV X Y END
            if i>=1 and i+2<=L:
                prev=toks[i-1]
                slot = prev in TITLES or prev in VERBS or (NISBA.match(prev) and i>=2 and (toks[i-2] in TITLES or toks[i-2].startswith('ال')))
                if slot and not t.startswith('ال') and t not in FUNC:
                    y = toks[i+1] if i+1<L else None
                    z = toks[i+2] if i+2<L else None
                    if content(y) and (z is None or z in PUNCT or z in VERBS or z in FUNC or (content(z) and z.startswith('ال') and False)):
                        stats[t][3]+=1
                        if len(ex[t])<3: ex[t].append(' '.join(toks[max(0,i-2):i+4]))
with open('stats.tsv','w') as o:
    o.write('word\ttotal\tfollow\tal\tctx\n')
    for w,s in sorted(stats.items(), key=lambda x:-x[1][3]):
        if s[0]>=1: o.write(f'{w}\t{s[0]}\t{s[1]}\t{s[2]}\t{s[3]}\n')
with open('ctx_examples.tsv','w') as o:
    for w,e in ex.items(): o.write(w+'\t'+' || '.join(e)+'\n')
print(n,'docs', len(stats),'words')
