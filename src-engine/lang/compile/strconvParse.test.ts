/**
 * strconv's ParseInt, ParseUint, ParseBool (strconv/atoi.go, atob.go: base prefixes, underscores, bit sizes,
 * saturation on ErrRange, `*strconv.NumError` messages), FormatUint and the Quote family, and `atomic.Uintptr`
 * with the Uintptr functions (sync/atomic: CPU steps, never a park).
 */
import { describe, it } from 'vitest';
import { expectLikeGo } from './testing/likeGo';

const PROGRAM = `package main

import (
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
)

func main() {
	for _, c := range []struct {
		s          string
		base, bits int
	}{
		{"42", 10, 64}, {"-42", 10, 8}, {"300", 10, 8}, {"-129", 10, 8}, {"0x1f", 0, 64}, {"0b101", 0, 0},
		{"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"1_000", 10, 64}, {"_1", 0, 64}, {"ff", 16, 64},
		{"zz", 36, 64}, {"12", 1, 64}, {"12", 10, 65}, {"", 10, 64}, {"9223372036854775807", 10, 64},
		{"9223372036854775808", 10, 64}, {"-9223372036854775808", 10, 64}, {"-9223372036854775809", 10, 0},
		{"99999999999999999999x", 10, 64}, {"+7", 10, 64}, {"1__0", 0, 64}, {"0x_1f", 0, 64}, {"-", 10, 64},
	} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(v, err)
	}
	for _, s := range []string{"18446744073709551615", "18446744073709551616", "-1", "0xFF"} {
		u, err := strconv.ParseUint(s, 0, 64)
		fmt.Println(u, err)
	}
	u8, err := strconv.ParseUint("256", 10, 8)
	fmt.Println(u8, err)
	for _, s := range []string{"1", "t", "True", "FALSE", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	_, err = strconv.ParseInt("x", 10, 64)
	fmt.Printf("%T\\n", err)
	fmt.Println(strconv.FormatUint(18446744073709551615, 16), strconv.FormatUint(255, 2))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteToASCII("héllo\\n"), strconv.QuoteRune('\\''))

	var p atomic.Uintptr
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.Add(3)
		}()
	}
	wg.Wait()
	p.Add(^uintptr(0))
	fmt.Println(p.Load(), p.CompareAndSwap(29, 1), p.Swap(7), p.Load())
	var raw uintptr
	atomic.AddUintptr(&raw, 5)
	atomic.StoreUintptr(&raw, atomic.LoadUintptr(&raw)*2)
	fmt.Println(atomic.LoadUintptr(&raw))
	fmt.Println(atomic.SwapUintptr(&raw, 1), atomic.CompareAndSwapUintptr(&raw, 1, 2), atomic.LoadUintptr(&raw))
}
`;

describe('strconv.ParseInt/ParseUint/ParseBool (strconv.ParseUint, underscoreOK) and atomic.Uintptr', () => {
  it('parses, fails and saturates as Go 1.23 does; atomic.Uintptr adds, wraps and swaps', () => {
    expectLikeGo(PROGRAM, {
      stdout:
        '42 <nil>\n-42 <nil>\n127 strconv.ParseInt: parsing "300": value out of range\n-128 strconv.ParseInt: parsing "-129": value out of range\n31 <nil>\n5 <nil>\n15 <nil>\n15 <nil>\n1000 <nil>\n0 strconv.ParseInt: parsing "1_000": invalid syntax\n0 strconv.ParseInt: parsing "_1": invalid syntax\n255 <nil>\n1295 <nil>\n0 strconv.ParseInt: parsing "12": invalid base 1\n0 strconv.ParseInt: parsing "12": invalid bit size 65\n0 strconv.ParseInt: parsing "": invalid syntax\n9223372036854775807 <nil>\n9223372036854775807 strconv.ParseInt: parsing "9223372036854775808": value out of range\n-9223372036854775808 <nil>\n-9223372036854775808 strconv.ParseInt: parsing "-9223372036854775809": value out of range\n9223372036854775807 strconv.ParseInt: parsing "99999999999999999999x": value out of range\n7 <nil>\n0 strconv.ParseInt: parsing "1__0": invalid syntax\n31 <nil>\n0 strconv.ParseInt: parsing "-": invalid syntax\n18446744073709551615 <nil>\n18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range\n0 strconv.ParseUint: parsing "-1": invalid syntax\n255 <nil>\n255 strconv.ParseUint: parsing "256": value out of range\ntrue <nil>\ntrue <nil>\ntrue <nil>\nfalse <nil>\nfalse strconv.ParseBool: parsing "yes": invalid syntax\nfalse strconv.ParseBool: parsing "": invalid syntax\n*strconv.NumError\nffffffffffffffff 11111111\n\'\u263a\' \'\\u263a\' "h\\u00e9llo\\n" \'\\\'\'\n29 true 1 7\n10\n10 true 2\n',
    });
  });
});
