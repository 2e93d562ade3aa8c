package ginapi

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/go-playground/validator/v10"
)

// NewRouter returns the catalogue API: GET /api/items and GET /api/items/:id
// for everyone, POST /api/items and DELETE /api/items/:id behind Auth(token).
func NewRouter(store *Store, token string) *gin.Engine {
	r := gin.New()
	api := r.Group("/api")
	api.GET("/items", listItems(store))
	api.GET("/items/:id", getItem(store))
	admin := api.Group("", Auth(token))
	admin.POST("/items", createItem(store))
	admin.DELETE("/items/:id", deleteItem(store))
	return r
}

// Auth returns middleware that lets a request through only when its
// Authorization header is exactly "Bearer " followed by token.
func Auth(token string) gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Next()
		if c.GetHeader("Authorization") != "Bearer "+token {
			c.Header("WWW-Authenticate", "Bearer")
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
		}
	}
}

// itemID returns the :id path parameter as a positive integer; when
// strconv.Atoi rejects it or it is not positive, itemID answers 400 and
// returns false.
func itemID(c *gin.Context) (int, bool) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil || id <= 0 {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid id"})
		return 0, false
	}
	return id, true
}

// listItems handles GET /api/items.
func listItems(store *Store) gin.HandlerFunc {
	return func(c *gin.Context) {
		c.JSON(http.StatusOK, store.List())
	}
}

// getItem handles GET /api/items/:id.
func getItem(store *Store) gin.HandlerFunc {
	return func(c *gin.Context) {
		id, ok := itemID(c)
		if !ok {
			return
		}
		it, found := store.Get(id)
		if !found {
			c.JSON(http.StatusNotFound, gin.H{"error": "item not found"})
			return
		}
		c.JSON(http.StatusOK, it)
	}
}

// createItem handles POST /api/items.
func createItem(store *Store) gin.HandlerFunc {
	return func(c *gin.Context) {
		var in struct {
			Name  string `json:"name" binding:"required,max=40"`
			Price int    `json:"price" binding:"required,gt=0,lte=1000000"`
		}
		if err := c.ShouldBindJSON(&in); err != nil {
			var verrs validator.ValidationErrors
			if !errors.As(err, &verrs) {
				c.JSON(http.StatusBadRequest, gin.H{"error": "malformed JSON"})
				return
			}
			fields := []string{}
			for _, fe := range verrs {
				fields = append(fields, strings.ToLower(fe.Field()))
			}
			c.JSON(http.StatusBadRequest, gin.H{"error": "validation failed", "fields": fields})
			return
		}
		it := store.Add(in.Name, in.Price)
		c.Header("Location", fmt.Sprintf("/api/items/%d", it.ID))
		c.JSON(http.StatusCreated, it)
	}
}

// deleteItem handles DELETE /api/items/:id.
func deleteItem(store *Store) gin.HandlerFunc {
	return func(c *gin.Context) {
		id, ok := itemID(c)
		if !ok {
			return
		}
		if !store.Delete(id) {
			c.JSON(http.StatusNotFound, gin.H{"error": "item not found"})
			return
		}
		c.Status(http.StatusNoContent)
	}
}
