variable "protect" {
  type = bool
}

# Not set: the default, true, protects the table.
resource "google_bigquery_table" "orders" {
  dataset_id = "sales"
  table_id   = "orders"
}

# Unknown here: no finding.
resource "google_bigquery_table" "from_variable" {
  dataset_id          = "sales"
  table_id            = "refunds"
  deletion_protection = var.protect
}

# A view holds no data of its own.
resource "google_bigquery_table" "daily_totals" {
  dataset_id          = "sales"
  table_id            = "daily_totals"
  deletion_protection = false

  view {
    query          = "SELECT day, SUM(amount) AS total FROM sales.orders GROUP BY day"
    use_legacy_sql = false
  }
}
