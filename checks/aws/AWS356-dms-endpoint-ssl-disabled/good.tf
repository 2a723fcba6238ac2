variable "ssl_mode" {
  type = string
}

resource "aws_dms_endpoint" "source" {
  endpoint_id     = "orders-source"
  endpoint_type   = "source"
  engine_name     = "postgres"
  server_name     = "orders.db.internal"
  port            = 5432
  database_name   = "orders"
  username        = "dms"
  password        = "example-only"
  ssl_mode        = "verify-full"
  certificate_arn = aws_dms_certificate.orders.certificate_arn
}

resource "aws_dms_certificate" "orders" {
  certificate_id  = "orders-ca"
  certificate_pem = "-----BEGIN CERTIFICATE-----\nexample\n-----END CERTIFICATE-----"
}

# S3 endpoints have no TLS setting: HTTPS is built in.
resource "aws_dms_endpoint" "archive" {
  endpoint_id   = "orders-archive"
  endpoint_type = "target"
  engine_name   = "s3"
}

# Unknown: a variable without a value.
resource "aws_dms_endpoint" "configurable" {
  endpoint_id   = "orders-replica"
  endpoint_type = "target"
  engine_name   = "mysql"
  server_name   = "replica.db.internal"
  port          = 3306
  username      = "dms"
  password      = "example-only"
  ssl_mode      = var.ssl_mode
}
