/**
 * strconv.Atoi (strconv/atoi.go) with Go's *strconv.NumError values. (The saturated value of an
 * out-of-range input, ±2^63, needs exact int64 values, which compile/runtime/ints.ts is getting.)
 */
import { describe, it } from 'vitest';
import { expectLikeGo } from './testing/likeGo';

describe('strconv.Atoi', () => {
  it('parses and reports invalid syntax as Go does', () => {
    expectLikeGo(
      `package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-7", "+3", "", "abc", " 1", "12a", "007"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
		if err != nil {
			fmt.Printf("%T %v\\n", err, err)
		}
	}
}
`,
      {
        stdout:
          '42 <nil>\n-7 <nil>\n3 <nil>\n0 strconv.Atoi: parsing "": invalid syntax\n*strconv.NumError strconv.Atoi: parsing "": invalid syntax\n0 strconv.Atoi: parsing "abc": invalid syntax\n*strconv.NumError strconv.Atoi: parsing "abc": invalid syntax\n0 strconv.Atoi: parsing " 1": invalid syntax\n*strconv.NumError strconv.Atoi: parsing " 1": invalid syntax\n0 strconv.Atoi: parsing "12a": invalid syntax\n*strconv.NumError strconv.Atoi: parsing "12a": invalid syntax\n7 <nil>\n',
      },
    );
  });
});
