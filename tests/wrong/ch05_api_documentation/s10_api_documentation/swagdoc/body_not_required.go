// Wrong: the body parameter of POST /books is documented as optional.
// Package swagdoc serves the bookshelf API, documented with swag annotations.
//
//	@title			Bookshelf API
//	@version		1.0
//	@description	Books on a shelf: list, add, get and delete them.
//	@BasePath		/api/v1
package swagdoc

import "net/http"

// Routes registers the bookshelf operations on mux, below /api/v1. Each
// registration has its swag annotations in the comment right above it
// (swag reads them with ParseFuncBody).
func Routes(mux *http.ServeMux, s *Store) {

	//	@Summary	List books
	//	@Tags		books
	//	@Produce	json
	//	@Param		author	query		string	false	"Only the books by this author"
	//	@Param		limit	query		int		false	"At most this many books"	minimum(1)	maximum(100)	default(20)
	//	@Success	200		{array}		Book
	//	@Failure	400		{object}	APIError
	//	@Router		/books [get]
	mux.HandleFunc("GET /api/v1/books", s.ListBooks)

	//	@Summary	Add a book
	//	@Tags		books
	//	@Accept		json
	//	@Produce	json
	//	@Param		book	body		NewBook	false	"The book to add"
	//	@Success	201		{object}	Book
	//	@Failure	400		{object}	APIError
	//	@Router		/books [post]
	mux.HandleFunc("POST /api/v1/books", s.CreateBook)

	//	@Summary	Get a book
	//	@Tags		books
	//	@Produce	json
	//	@Param		id	path		int	true	"Book ID"	minimum(1)
	//	@Success	200	{object}	Book
	//	@Failure	400	{object}	APIError
	//	@Failure	404	{object}	APIError
	//	@Router		/books/{id} [get]
	mux.HandleFunc("GET /api/v1/books/{id}", s.GetBook)

	//	@Summary	Delete a book
	//	@Tags		books
	//	@Produce	json
	//	@Param		id	path	int	true	"Book ID"	minimum(1)
	//	@Success	204
	//	@Failure	400	{object}	APIError
	//	@Failure	404	{object}	APIError
	//	@Router		/books/{id} [delete]
	mux.HandleFunc("DELETE /api/v1/books/{id}", s.DeleteBook)
}
