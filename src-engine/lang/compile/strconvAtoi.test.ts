/** strconv.Atoi (strconv/atoi.go) with Go's *strconv.NumError values. */
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

  it('saturates an out-of-range input at ±2^63 with a range error, as ParseInt does', () => {
    expectLikeGo(
      `package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"9223372036854775807", "9223372036854775808", "-9223372036854775809", "123456789012345678901"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err, n == 9223372036854775807)
	}
}
`,
      {
        stdout:
          '9223372036854775807 <nil> true\n9223372036854775807 strconv.Atoi: parsing "9223372036854775808": value out of range true\n-9223372036854775808 strconv.Atoi: parsing "-9223372036854775809": value out of range false\n9223372036854775807 strconv.Atoi: parsing "123456789012345678901": value out of range true\n',
      },
    );
  });
});
