/**
 * Programs that Go builds and runs but `go vet` flags; the checker reports the same findings, worded
 * and located as vet does, as warnings (the program may still run). The toolchain test compares them
 * with `go vet`.
 */
export const VET_WARNINGS: readonly {
  readonly name: string;
  readonly src: string;
  readonly expected: readonly string[];
}[] = [
  {
    name: 'printf',
    src: `package main

import "fmt"

func main() {
	s := "x"
	n := 3
	fmt.Printf("%d\\n", s)
	fmt.Printf("%d %d\\n", n)
	fmt.Printf("hello\\n", n)
	fmt.Println("value: %d", n)
	fmt.Printf("%s %s\\n", n, s, s)
	fmt.Printf("%t\\n", n)
	fmt.Printf("%z\\n", n)
	_ = fmt.Sprintf("%q", n)
	fmt.Println("x\\n")
	fmt.Printf("%5.2d|%-3s|%v|%%\\n", n, s, n)
	fmt.Printf("%d%%\\n", n)
	_ = fmt.Sprintf("%d %s", n)
	_ = fmt.Sprintf("%d", n, n)
	fmt.Printf("%v %s %d\\n", []int{1}, []string{"a"}, []int{2})
}
`,
    expected: [
      'main.go:8:2: fmt.Printf format %d has arg s of wrong type string',
      'main.go:9:2: fmt.Printf format %d reads arg #2, but call has 1 arg',
      'main.go:10:12: fmt.Printf call has arguments but no formatting directives',
      'main.go:11:2: fmt.Println call has possible Printf formatting directive %d',
      'main.go:12:2: fmt.Printf format %s has arg n of wrong type int',
      'main.go:13:2: fmt.Printf format %t has arg n of wrong type int',
      'main.go:14:2: fmt.Printf format %z has unknown verb z',
      'main.go:16:2: fmt.Println arg list ends with redundant newline',
      'main.go:19:6: fmt.Sprintf format %s reads arg #2, but call has 1 arg',
      'main.go:20:6: fmt.Sprintf call needs 1 arg but has 2 args',
    ],
  },
];
