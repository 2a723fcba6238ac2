resource "aws_appsync_api_cache" "orders" {
  api_id                     = "abcdefghijklmnopqrstuvwxyz"
  api_caching_behavior       = "FULL_REQUEST_CACHING"
  type                       = "SMALL"
  ttl                        = 900
  transit_encryption_enabled = false # expect: AWS446
}
