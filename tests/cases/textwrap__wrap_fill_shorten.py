import textwrap

texts = [
    "The quick brown fox jumps over the lazy dog. " * 3,
    "A well-known self-evident state-of-the-art example -- with em--dashes and hyphen-ated words.",
    "supercalifragilisticexpialidocious is long, antidisestablishmentarianism too",
    "  leading spaces\tand\ttabs\nand newlines   here  ",
    "Mr. Smith went. He said hi! Then left? \"Yes.\" ok",
    "",
]
for text in texts:
    for width in (1, 8, 17, 40):
        print(width, textwrap.wrap(text, width))
    print(textwrap.wrap(text, 12, break_on_hyphens=False))
    print(textwrap.wrap(text, 12, break_long_words=False))
    print(textwrap.wrap(text, 12, drop_whitespace=False))
    print(textwrap.wrap(text, 15, max_lines=2))
    print(textwrap.wrap(text, 20, initial_indent="* ", subsequent_indent="  "))
    print(textwrap.wrap(text, 20, fix_sentence_endings=True))
    print(repr(textwrap.fill(text, 25)))
    print(repr(textwrap.shorten(text, 20)), repr(textwrap.shorten(text, 40, placeholder="...")))
wrapper = textwrap.TextWrapper(width=10, max_lines=3, placeholder=" ~")
print(wrapper.wrap("lorem ipsum dolor sit amet consectetur adipiscing elit sed do"), wrapper.fill("tiny"))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11))
for call in [lambda: textwrap.wrap("abc", 0), lambda: textwrap.wrap("abc def", 4, max_lines=1, placeholder="[......]")]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
