resource "aws_api_gateway_rest_api_policy" "vpce" {
  rest_api_id = "a1b2c3d4e5"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "execute-api:Invoke"
      Resource  = "*"
      Condition = { StringEquals = { "aws:SourceVpce" = "vpce-0123456789abcdef0" } }
    }]
  })
}

resource "aws_api_gateway_rest_api_policy" "account" {
  rest_api_id = "a1b2c3d4e5"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = "execute-api:Invoke"
      Resource  = "*"
    }]
  })
}
