/**
 * errors/wrap.go's As consults a program's `As(any) bool` method on each error of the chain, and errors/join.go's
 * Join makes a `*errors.joinError` (Error() joins with newlines, `Unwrap() []error` lets Is and As walk it).
 */
import { describe, it } from 'vitest';
import { expectLikeGo } from './testing/likeGo';

const PROGRAM = `package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

// As lets a *Legacy error answer for a *NotFound target (errors.As calls it).
type Legacy struct{ code int }

func (l Legacy) Error() string { return fmt.Sprintf("legacy code %d", l.code) }

func (l Legacy) As(target any) bool {
	if t, ok := target.(**NotFound); ok {
		*t = &NotFound{Name: fmt.Sprint("item", l.code)}
		return true
	}
	return false
}

// Is with the wrong signature for As: never consulted.
type Other struct{}

func (Other) Error() string       { return "other" }
func (Other) As(target error) bool { panic("not called") }

var ErrA = errors.New("a failed")
var ErrB = errors.New("b failed")

func main() {
	var nf *NotFound
	err := fmt.Errorf("loading: %w", Legacy{7})
	fmt.Println(errors.As(err, &nf), nf)
	var nf2 *NotFound
	fmt.Println(errors.As(Other{}, &nf2), nf2 == nil)

	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println(j)
	fmt.Printf("%T %q\\n", j, j.Error())
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Is(j, errors.New("a failed")))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	errs := []error{ErrB, &NotFound{"x"}}
	j2 := errors.Join(errs...)
	var nf3 *NotFound
	fmt.Println(errors.As(j2, &nf3), nf3.Name)
	w := fmt.Errorf("outer: %w", errors.Join(ErrA, Legacy{3}))
	var nf4 *NotFound
	fmt.Println(errors.As(w, &nf4), nf4)
	fmt.Println(w)
	fmt.Println(errors.Unwrap(j) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Println(errors.Join(ErrA))
}
`;

describe('errors.As calls As(any) bool (errors.as) and errors.Join (errors.joinError)', () => {
  it('As(any) bool answers for a target, Join joins messages and is walked by Is and As, as Go 1.23 does', () => {
    expectLikeGo(PROGRAM, {
      stdout: [
        'true item7 not found',
        'false true',
        'a failed',
        'b failed',
        '*errors.joinError "a failed\\nb failed"',
        'true true false',
        'true true',
        'true x',
        'true item3 not found',
        'outer: a failed',
        'legacy code 3',
        'true',
        '2',
        'a failed',
        '',
      ].join('\n'),
    });
  });
});
