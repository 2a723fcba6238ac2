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
