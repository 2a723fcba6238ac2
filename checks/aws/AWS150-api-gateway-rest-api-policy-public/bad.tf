resource "aws_api_gateway_rest_api_policy" "open" {
  rest_api_id = "a1b2c3d4e5"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*" # expect: AWS150
      Action    = "execute-api:Invoke"
      Resource  = "*"
    }]
  })
}
