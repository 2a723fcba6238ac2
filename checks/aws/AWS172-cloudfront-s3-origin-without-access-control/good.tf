resource "aws_cloudfront_origin_access_control" "assets" {
  name                              = "assets"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_distribution" "assets" {
  enabled             = true
  default_root_object = "index.html"
  origin {
    domain_name              = "assets.s3.eu-west-1.amazonaws.com"
    origin_id                = "assets"
    origin_access_control_id = aws_cloudfront_origin_access_control.assets.id
  }
  origin {
    domain_name = "legacy.s3.amazonaws.com"
    origin_id   = "legacy"
    s3_origin_config {
      origin_access_identity = "origin-access-identity/cloudfront/E1ABCDEF"
    }
  }
  default_cache_behavior {
    target_origin_id       = "assets"
    viewer_protocol_policy = "https-only"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
