variable "versioning" {
  type = bool
}

resource "google_storage_bucket" "invoices" {
  name                        = "acme-invoices"
  location                    = "EU"
  uniform_bucket_level_access = true

  versioning {
    enabled = true
  }

  lifecycle_rule {
    condition {
      days_since_noncurrent_time = 30
    }
    action {
      type = "Delete"
    }
  }
}

# Unknown here: no finding.
resource "google_storage_bucket" "from_variable" {
  name     = "acme-exports"
  location = "EU"

  versioning {
    enabled = var.versioning
  }
}
