variable "uniform" {
  type = bool
}

resource "google_storage_bucket" "uniform" {
  name                        = "acme-uniform"
  location                    = "EU"
  uniform_bucket_level_access = true
}

# Unknown here: no finding.
resource "google_storage_bucket" "from_var" {
  name                        = "acme-var"
  location                    = "EU"
  uniform_bucket_level_access = var.uniform
}
