variable "mfa_device" {
  type = string
}

resource "aws_s3_bucket_versioning" "audit" {
  bucket = "corp-audit-trail"
  mfa    = var.mfa_device
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}

# Versioning is suspended: there are no old versions to protect, so nothing to report here.
resource "aws_s3_bucket_versioning" "scratch" {
  bucket = "corp-scratch"
  versioning_configuration {
    status = "Suspended"
  }
}

variable "mfa_delete" {
  type = string
}

# Decided by a variable without a default: unknown, no finding.
resource "aws_s3_bucket_versioning" "tunable" {
  bucket = "corp-tunable"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = var.mfa_delete
  }
}
