"""Hot methods of a JFR recording printed by `jfr print --stack-depth 80 --events jdk.ExecutionSample`
(docs/profile-extraction.md); a second argument keeps one thread's samples, e.g. `main`, the load's writer
(docs/profile-load.md)."""
import re,collections,sys
txt=open(sys.argv[1]).read()
events=txt.split('jdk.ExecutionSample')
top=collections.Counter(); incl=collections.Counter(); n=0; startup=0
thread=sys.argv[2] if len(sys.argv)>2 else None
for e in events[1:]:
    if thread is not None and f'sampledThread = "{thread}"' not in e: continue
    frames=re.findall(r'^\s+([\w$.<>]+)\(.*?line:', e, re.M)
    if not frames: continue
    n+=1
    top[frames[0]]+=1
    seen=set()
    for f in frames:
        if f not in seen:
            incl[f]+=1; seen.add(f)
print("samples",n)
print("--- self time, top 20")
for f,c in top.most_common(20): print(f"{100*c/n:5.1f}% {f}")
print("--- inclusive, newsgraph and opennlp entry points (>= 1%)")
for f,c in incl.most_common(600):
    if (f.startswith('newsgraph.') or f.startswith('opennlp.tools.postag') or f.startswith('opennlp.tools.sentdetect') or f.startswith('opennlp.tools.tokenize.TokenizerME') or f.startswith('org.apache.jena.riot')) and 100*c/n>=1.0: print(f"{100*c/n:5.1f}% {f}")
