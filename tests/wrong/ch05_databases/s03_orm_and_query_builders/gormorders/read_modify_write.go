package gormorders

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/gorm"
)

// Customer places orders (has many Orders).
type Customer struct {
	ID     uint
	Name   string `gorm:"not null"`
	Orders []Order
}

// Product is something to sell; Price is in cents.
type Product struct {
	ID    uint
	SKU   string `gorm:"uniqueIndex;not null"`
	Name  string `gorm:"not null"`
	Price int
	Stock int
}

// Order belongs to a customer and has many lines; Total is in cents.
type Order struct {
	ID         uint
	CustomerID uint
	Total      int
	Lines      []OrderLine
}

// OrderLine is one product of an order; Price is the unit price when the order was placed.
type OrderLine struct {
	ID        uint
	OrderID   uint
	ProductID uint
	Product   Product
	Quantity  int
	Price     int
}

// Item is what a customer asks for: Quantity units of the product ProductID.
type Item struct {
	ProductID uint
	Quantity  int
}

var (
	ErrNotFound    = errors.New("not found")
	ErrOutOfStock  = errors.New("out of stock")
	ErrInvalidItem = errors.New("invalid item")
)

// Store keeps customers, products and orders in a database through GORM.
type Store struct {
	db *gorm.DB
}

// New migrates the four models and returns a Store.
func New(db *gorm.DB) (*Store, error) {
	if err := db.AutoMigrate(&Customer{}, &Product{}, &Order{}, &OrderLine{}); err != nil {
		return nil, err
	}
	return &Store{db: db}, nil
}

// PlaceOrder creates an order of customerID with one line per item, and takes the
// quantities from the stock, all in one transaction: on any error nothing changes.
func (s *Store) PlaceOrder(ctx context.Context, customerID uint, items []Item) (Order, error) {
	if len(items) == 0 {
		return Order{}, fmt.Errorf("%w: no items", ErrInvalidItem)
	}
	for _, it := range items {
		if it.Quantity <= 0 {
			return Order{}, fmt.Errorf("%w: quantity %d", ErrInvalidItem, it.Quantity)
		}
	}
	var order Order
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var customer Customer
		if err := tx.First(&customer, customerID).Error; err != nil {
			if errors.Is(err, gorm.ErrRecordNotFound) {
				return fmt.Errorf("customer %d: %w", customerID, ErrNotFound)
			}
			return err
		}
		order = Order{CustomerID: customerID}
		for _, it := range items {
			var p Product
			err := tx.First(&p, it.ProductID).Error
			if errors.Is(err, gorm.ErrRecordNotFound) {
				return fmt.Errorf("product %d: %w", it.ProductID, ErrNotFound)
			}
			if err != nil {
				return err
			}
			if p.Stock < it.Quantity {
				return fmt.Errorf("%s: %w (%d left, %d wanted)", p.SKU, ErrOutOfStock, p.Stock, it.Quantity)
			}
			err = tx.Model(&p).Update("stock", p.Stock-it.Quantity).Error
			if err != nil {
				return err
			}
			order.Lines = append(order.Lines, OrderLine{ProductID: p.ID, Quantity: it.Quantity, Price: p.Price})
			order.Total += it.Quantity * p.Price
		}
		return tx.Create(&order).Error
	})
	if err != nil {
		return Order{}, err
	}
	return order, nil
}

// Orders returns the orders of customerID by ID, each with its lines (by ID) and their products.
func (s *Store) Orders(ctx context.Context, customerID uint) ([]Order, error) {
	var orders []Order
	err := s.db.WithContext(ctx).
		Preload("Lines", func(tx *gorm.DB) *gorm.DB { return tx.Order("id") }).
		Preload("Lines.Product").
		Where("customer_id = ?", customerID).
		Order("id").
		Find(&orders).Error
	return orders, err
}

// UpdateProduct sets the price and the stock of product id; zero is a valid value for both.
func (s *Store) UpdateProduct(ctx context.Context, id uint, price, stock int) error {
	res := s.db.WithContext(ctx).Model(&Product{}).Where("id = ?", id).
		Updates(map[string]any{"price": price, "stock": stock})
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("product %d: %w", id, ErrNotFound)
	}
	return nil
}
