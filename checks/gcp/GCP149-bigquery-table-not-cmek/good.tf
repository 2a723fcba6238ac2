variable "key" {
  type = string
}

resource "google_kms_crypto_key" "bigquery" {
  name     = "bigquery"
  key_ring = "projects/acme-prod/locations/europe/keyRings/data"
}

resource "google_bigquery_table" "orders" {
  dataset_id = "sales"
  table_id   = "orders"

  encryption_configuration {
    kms_key_name = google_kms_crypto_key.bigquery.id
  }
}

# Unknown here: no finding.
resource "google_bigquery_table" "from_variable" {
  dataset_id = "sales"
  table_id   = "refunds"

  encryption_configuration {
    kms_key_name = var.key
  }
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
