import re
DIAC = re.compile('[\u064B-\u065F\u0670\u0640\u200c\u200d]')
def norm(w):
    w = DIAC.sub('', w)
    w = re.sub('[أإآٱ]', 'ا', w)
    return w.replace('ى', 'ي').replace('ة', 'ه')
