namespace SecurityBot.Policies.Search;

/// <summary>
/// The Porter (1980) English stemmer, so "passwords", "encrypted" and "reporting" meet "password", "encrypt" and
/// "report". Only lower-case ASCII words of three or more letters are stemmed; anything else (numbers, "2fa",
/// non-English words) is returned unchanged so it can still match exactly.
/// </summary>
internal static class EnglishStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2)
        {
            return word;
        }

        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return word;
            }
        }

        var w = new Word(word);
        w.Step1A();
        w.Step1B();
        w.Step1C();
        w.Step2();
        w.Step3();
        w.Step4();
        w.Step5();
        return w.ToString();
    }

    /// <summary>Mutable word buffer; <c>_end</c> is the current length, <c>_stemEnd</c> the stem end of the last suffix test.</summary>
    private sealed class Word(string word)
    {
        private readonly char[] _b = word.ToCharArray();
        private int _end = word.Length;
        private int _stemEnd;

        public override string ToString() => new(_b, 0, _end);

        public void Step1A()
        {
            if (_b[_end - 1] != 's')
            {
                return;
            }

            if (EndsWith("sses") || EndsWith("ies"))
            {
                _end -= 2;
            }
            else if (_end >= 2 && _b[_end - 2] != 's')
            {
                _end--;
            }
        }

        public void Step1B()
        {
            if (EndsWith("eed"))
            {
                if (Measure(_stemEnd) > 0)
                {
                    _end--;
                }

                return;
            }

            if ((EndsWith("ed") || EndsWith("ing")) && HasVowel(_stemEnd))
            {
                _end = _stemEnd;
                if (EndsWith("at") || EndsWith("bl") || EndsWith("iz"))
                {
                    Append('e');
                }
                else if (DoubleConsonant(_end - 1) && _b[_end - 1] is not ('l' or 's' or 'z'))
                {
                    _end--;
                }
                else if (Measure(_end) == 1 && Cvc(_end - 1))
                {
                    Append('e');
                }
            }
        }

        public void Step1C()
        {
            if (EndsWith("y") && HasVowel(_stemEnd))
            {
                _b[_end - 1] = 'i';
            }
        }

        public void Step2()
        {
            if (_end < 3)
            {
                return;
            }

            _ = _b[_end - 2] switch
            {
                'a' => Rule("ational", "ate") || Rule("tional", "tion"),
                'c' => Rule("enci", "ence") || Rule("anci", "ance"),
                'e' => Rule("izer", "ize"),
                'l' => Rule("bli", "ble") || Rule("alli", "al") || Rule("entli", "ent") || Rule("eli", "e") || Rule("ousli", "ous"),
                'o' => Rule("ization", "ize") || Rule("ation", "ate") || Rule("ator", "ate"),
                's' => Rule("alism", "al") || Rule("iveness", "ive") || Rule("fulness", "ful") || Rule("ousness", "ous"),
                't' => Rule("aliti", "al") || Rule("iviti", "ive") || Rule("biliti", "ble"),
                'g' => Rule("logi", "log"),
                _ => false,
            };
        }

        public void Step3()
        {
            _ = _b[_end - 1] switch
            {
                'e' => Rule("icate", "ic") || Rule("ative", "") || Rule("alize", "al"),
                'i' => Rule("iciti", "ic"),
                'l' => Rule("ical", "ic") || Rule("ful", ""),
                's' => Rule("ness", ""),
                _ => false,
            };
        }

        public void Step4()
        {
            if (_end < 3)
            {
                return;
            }

            var matched = _b[_end - 2] switch
            {
                'a' => EndsWith("al"),
                'c' => EndsWith("ance") || EndsWith("ence"),
                'e' => EndsWith("er"),
                'i' => EndsWith("ic"),
                'l' => EndsWith("able") || EndsWith("ible"),
                'n' => EndsWith("ant") || EndsWith("ement") || EndsWith("ment") || EndsWith("ent"),
                'o' => (EndsWith("ion") && _stemEnd > 0 && _b[_stemEnd - 1] is 's' or 't') || EndsWith("ou"),
                's' => EndsWith("ism"),
                't' => EndsWith("ate") || EndsWith("iti"),
                'u' => EndsWith("ous"),
                'v' => EndsWith("ive"),
                'z' => EndsWith("ize"),
                _ => false,
            };
            if (matched && Measure(_stemEnd) > 1)
            {
                _end = _stemEnd;
            }
        }

        public void Step5()
        {
            if (_b[_end - 1] == 'e')
            {
                var m = Measure(_end - 1);
                if (m > 1 || (m == 1 && !Cvc(_end - 2)))
                {
                    _end--;
                }
            }

            if (_b[_end - 1] == 'l' && DoubleConsonant(_end - 1) && Measure(_end) > 1)
            {
                _end--;
            }
        }

        /// <summary>Replaces <paramref name="suffix"/> when the stem before it has measure &gt; 0; true when the suffix matched.</summary>
        private bool Rule(string suffix, string replacement)
        {
            if (!EndsWith(suffix))
            {
                return false;
            }

            if (Measure(_stemEnd) > 0)
            {
                _end = _stemEnd;
                foreach (var c in replacement)
                {
                    Append(c);
                }
            }

            return true;
        }

        private void Append(char c) => _b[_end++] = c;

        private bool EndsWith(string suffix)
        {
            if (suffix.Length > _end)
            {
                return false;
            }

            var start = _end - suffix.Length;
            for (var i = 0; i < suffix.Length; i++)
            {
                if (_b[start + i] != suffix[i])
                {
                    return false;
                }
            }

            _stemEnd = start;
            return true;
        }

        private bool IsConsonant(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        /// <summary>Porter's m: the number of vowel-consonant sequences in b[0..length).</summary>
        private int Measure(int length)
        {
            var i = 0;
            while (i < length && IsConsonant(i))
            {
                i++;
            }

            var m = 0;
            while (i < length)
            {
                while (i < length && !IsConsonant(i))
                {
                    i++;
                }

                if (i >= length)
                {
                    break;
                }

                m++;
                while (i < length && IsConsonant(i))
                {
                    i++;
                }
            }

            return m;
        }

        private bool HasVowel(int length)
        {
            for (var i = 0; i < length; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private bool DoubleConsonant(int i) => i >= 1 && _b[i] == _b[i - 1] && IsConsonant(i);

        /// <summary>consonant-vowel-consonant ending at i, where the last consonant is not w, x or y ("hop" but not "snow").</summary>
        private bool Cvc(int i) =>
            i >= 2 && IsConsonant(i) && !IsConsonant(i - 1) && IsConsonant(i - 2) && _b[i] is not ('w' or 'x' or 'y');
    }
}
