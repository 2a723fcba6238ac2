resource "aws_kms_key" "app_data" {
  description             = "Encrypts the application's S3 objects"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

resource "aws_kms_key" "logs" {
  description             = "CloudTrail logs"
  enable_key_rotation     = true
  rotation_period_in_days = 180
}

# Asymmetric signing keys cannot be rotated automatically.
resource "aws_kms_key" "release_signing" {
  description              = "Signs release artifacts"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
}

# HMAC keys cannot be rotated automatically either.
resource "aws_kms_key" "webhook_mac" {
  description              = "Webhook signatures"
  key_usage                = "GENERATE_VERIFY_MAC"
  customer_master_key_spec = "HMAC_256"
}
